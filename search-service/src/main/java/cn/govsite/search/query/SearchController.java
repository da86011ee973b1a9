package cn.govsite.search.query;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public search API (no token): the gateway maps {@code /api/search?q=} here.
 * Parameters are checked by {@link SearchCriteria}, which reports all bad ones at once.
 */
@RestController
class SearchController {

	private final ContentSearch search;

	SearchController(ContentSearch search) {
		this.search = search;
	}

	@GetMapping({ "/", "/search" })
	SearchAnswer search(@RequestParam(required = false) String q, @RequestParam(required = false) String site,
			@RequestParam(required = false) String scope, @RequestParam(required = false) String category,
			@RequestParam(required = false) String type, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.search.search(SearchCriteria
			.of(new SearchCriteria.Parameters(q, site, scope, category, type, year, sort, page, size)));
	}

	/** Suggestions as you type: titles starting with {@code q}. */
	@GetMapping("/suggest")
	SuggestAnswer suggest(@RequestParam(required = false) String q, @RequestParam(required = false) String site,
			@RequestParam(required = false) String scope, @RequestParam(required = false) Integer size) {
		return this.search.suggest(SuggestCriteria.of(q, site, scope, size));
	}

}
