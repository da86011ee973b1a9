package cn.govsite.content.supervision;

import java.util.Optional;

import cn.govsite.content.supervision.links.LinkCrawler;

/** The seam through which the inspection gets a site's broken links (错断链). */
public interface LinkFacts {

	/** The crawl of the site's published pages; empty when no crawl was made. */
	Optional<LinkCrawler.CrawlReport> crawl(long siteId);

}
