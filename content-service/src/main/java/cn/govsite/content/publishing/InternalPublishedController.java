package cn.govsite.content.publishing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.security.GovsiteAuthentication;
import cn.govsite.common.security.ServiceCallers;

/**
 * {@code GET /internal/published?after=&size=}: the published items of all sites for
 * search-service's full reindex. Service-to-service only (see {@link ServiceCallers});
 * the cursor is the last article id of the previous page.
 */
@RestController
class InternalPublishedController {

	static final int MAX_SIZE = 1000;

	private final PublishedListing listing;

	private final ServiceCallers callers;

	InternalPublishedController(PublishedListing listing, ServiceCallers callers) {
		this.listing = listing;
		this.callers = callers;
	}

	@GetMapping("/internal/published")
	Page published(GovsiteAuthentication caller, @RequestParam(required = false) String after,
			@RequestParam(required = false) String size) {
		this.callers.require(caller);
		List<FieldViolation> violations = new ArrayList<>();
		long cursor = number(after, 0, 0, Long.MAX_VALUE, "after", violations);
		int pageSize = (int) number(size, 200, 1, MAX_SIZE, "size", violations);
		if (!violations.isEmpty()) {
			throw new GovsiteException(ProblemType.VALIDATION, Message.of("请求参数有误", "The request has invalid fields"),
					violations);
		}
		List<PublishedListing.Item> items = this.listing.page(cursor, pageSize);
		String next = (items.size() == pageSize) ? String.valueOf(items.getLast().articleId()) : null;
		return new Page(items, next, this.listing.total());
	}

	private static long number(String text, long fallback, long min, long max, String field,
			List<FieldViolation> violations) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			long value = Long.parseLong(text.strip());
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		violations.add(new FieldViolation(field, Message.of(field + " 须为 " + min + " 到 " + max + " 之间的整数",
				field + " must be a whole number from " + min + " to " + max)));
		return fallback;
	}

	/**
	 * A page of the listing.
	 *
	 * @param next the cursor of the next page, {@code null} after the last one
	 * @param total the published items of all sites now (progress; it moves while people
	 * publish)
	 */
	record Page(List<PublishedListing.Item> items, String next, long total) {
	}

}
