package cn.govsite.content.supervision.links;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.govsite.content.supervision.LinkFacts;

/**
 * {@link LinkFacts} by crawling the site's public home page (its domain from the site
 * replica). A crawl whose home page does not answer says nothing about links, so it
 * counts as no crawl rather than as one broken link.
 */
@Component
class CrawlingLinkFacts implements LinkFacts {

	private static final Logger log = LoggerFactory.getLogger(CrawlingLinkFacts.class);

	private final JdbcTemplate jdbc;

	private final CrawlProperties properties;

	CrawlingLinkFacts(JdbcTemplate jdbc, CrawlProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Override
	public Optional<LinkCrawler.CrawlReport> crawl(long siteId) {
		if (!this.properties.enabled()) {
			return Optional.empty();
		}
		List<String> domains = this.jdbc.queryForList("SELECT domain FROM site_profile WHERE site_id = ?", String.class,
				siteId);
		if (domains.isEmpty() || domains.get(0) == null || domains.get(0).isBlank()) {
			return Optional.empty();
		}
		URI start = URI.create(this.properties.startUrl().replace("{domain}", domains.get(0)));
		LinkCrawler.CrawlReport report = new LinkCrawler(this.properties.settings()).crawl(start);
		boolean unreachable = report.broken().stream().anyMatch(b -> b.foundOn() == null);
		if (unreachable) {
			log.warn("Home page of site {} did not answer at {}; no link check this time", siteId, start);
			return Optional.empty();
		}
		return Optional.of(report);
	}

}
