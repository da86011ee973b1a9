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
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.search.search(SearchCriteria.of(q, site, page, size));
	}

}
