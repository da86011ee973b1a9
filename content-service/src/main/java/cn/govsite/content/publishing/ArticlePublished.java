package cn.govsite.content.publishing;

import java.time.Instant;

/**
 * Payload of the {@code ArticlePublished} event (contract shared with search-service and
 * the gateway): the article's public facts and where its page lives. The same shape
 * answers {@code GET /internal/published}, so a full reindex and the events index alike.
 *
 * @param archivedAt when the item was archived (已归档: still public, marked and ranked
 * lower by search), or {@code null}
 */
public record ArticlePublished(long articleId, long siteId, String siteCode, String siteName, String siteDomain,
		long columnId, String columnName, String title, String bodyText, Instant publishedAt, String path,
		Instant archivedAt) {

	public static final String TYPE = "ArticlePublished";

	/**
	 * The one mapping from stored facts to the payload, for the event and the listing.
	 * @param body the stored body (plain text or HTML); the payload carries its text
	 */
	static ArticlePublished of(long articleId, long siteId, String siteCode, String siteName, String siteDomain,
			long columnId, String columnName, String title, String body, Instant publishedAt, Instant archivedAt) {
		return new ArticlePublished(articleId, siteId, siteCode, siteName, siteDomain, columnId, columnName, title,
				PlainText.of(body), publishedAt, "/articles/" + articleId + ".html", archivedAt);
	}

}
