package cn.govsite.content.supervision.inspection;

import java.time.Instant;
import java.util.List;

import cn.govsite.content.supervision.ColumnFact;
import cn.govsite.content.supervision.ContentFinding;
import cn.govsite.content.supervision.InteractionFacts;
import cn.govsite.content.supervision.SecurityFacts.TamperEvent;
import cn.govsite.content.supervision.links.LinkCrawler.BrokenLink;

/**
 * Everything the inspection reads about one site, gathered through the fact seams.
 *
 * @param homePageUpdatedAt when the home page last got new content, null if never
 * @param brokenLinks broken links of the published pages, null when no crawl was made
 * @param tampering tampered pages not restored, null when unknown
 */
public record SiteInput(long siteId, String code, String name, List<ColumnFact> columns, Instant homePageUpdatedAt,
		InteractionFacts.Snapshot interaction, List<ContentFinding> findings, List<BrokenLink> brokenLinks,
		List<TamperEvent> tampering) {

	/** A site's facts without a link crawl and without tampering. */
	public SiteInput(long siteId, String code, String name, List<ColumnFact> columns, Instant homePageUpdatedAt,
			InteractionFacts.Snapshot interaction, List<ContentFinding> findings) {
		this(siteId, code, name, columns, homePageUpdatedAt, interaction, findings, null, List.of());
	}

}
