package cn.govsite.content.supervision.links;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the link crawl in the daily inspection, under
 * {@code govsite.supervision.crawl}. Off by default: a developer's machine cannot reach
 * the sites' public domains, and a crawl that cannot start would report nothing useful.
 *
 * @param enabled whether the daily inspection crawls each site's published pages
 * @param startUrl the home page of a site, {@code {domain}} standing for its domain
 * @param maxPages how many pages of a site are crawled at most
 * @param timeout how long one request may take
 * @param politeness the least time between two requests to the same host
 * @param checkExternal whether links to other sites are checked
 */
@ConfigurationProperties("govsite.supervision.crawl")
public record CrawlProperties(@DefaultValue("false") boolean enabled,
		@DefaultValue("https://{domain}/") String startUrl, @DefaultValue("500") int maxPages,
		@DefaultValue("10s") Duration timeout, @DefaultValue("200ms") Duration politeness,
		@DefaultValue("true") boolean checkExternal) {

	LinkCrawler.Settings settings() {
		return new LinkCrawler.Settings(this.maxPages, this.timeout, this.politeness, this.checkExternal);
	}

}
