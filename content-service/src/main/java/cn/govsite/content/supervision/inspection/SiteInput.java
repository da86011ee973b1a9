package cn.govsite.content.supervision.inspection;

import java.time.Instant;
import java.util.List;

import cn.govsite.content.supervision.ColumnFact;
import cn.govsite.content.supervision.ContentFinding;
import cn.govsite.content.supervision.InteractionFacts;

/**
 * Everything the inspection reads about one site, gathered through the fact seams.
 *
 * @param homePageUpdatedAt when the home page last got new content, null if never
 */
public record SiteInput(long siteId, String code, String name, List<ColumnFact> columns, Instant homePageUpdatedAt,
		InteractionFacts.Snapshot interaction, List<ContentFinding> findings) {

}
