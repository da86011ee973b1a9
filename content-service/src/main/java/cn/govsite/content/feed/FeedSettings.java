package cn.govsite.content.feed;

import jakarta.validation.constraints.Size;

/**
 * How to read a feed. JSON: {@code itemsPath} to the array of items (a JSON Pointer such
 * as {@code /data/list}, empty for a top-level array) and, inside each item, pointers to
 * {@code title}, {@code link}, {@code date}, {@code body} and {@code guid}. SCRAPE: CSS
 * selectors for the list's items and, inside each, the link, title and date; the body is
 * read from the linked page with {@code bodySelector}. RSS needs none.
 */
public record FeedSettings(@Size(max = 200) String itemsPath, @Size(max = 200) String titlePath,
		@Size(max = 200) String linkPath, @Size(max = 200) String datePath, @Size(max = 200) String bodyPath,
		@Size(max = 200) String guidPath, @Size(max = 200) String itemSelector, @Size(max = 200) String linkSelector,
		@Size(max = 200) String titleSelector, @Size(max = 200) String dateSelector,
		@Size(max = 200) String bodySelector) {

	static final FeedSettings NONE = new FeedSettings(null, null, null, null, null, null, null, null, null, null, null);

}
