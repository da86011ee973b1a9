package cn.govsite.content.feed;

/** Where a column feed reads its items from. */
public enum FeedKind {

	/** RSS 0.9x/1.0/2.0 or Atom (数据接口). */
	RSS,
	/** A JSON document with configurable field paths (数据接口). */
	JSON,
	/** A page list scraped with CSS selectors (网上抓取). */
	SCRAPE

}
