package cn.govsite.content.publishing;

import java.time.Instant;

/**
 * Payload of the {@code ArticlePublished} event (contract shared with search-service and
 * the gateway): the article's public facts and where its page lives.
 */
public record ArticlePublished(long articleId, long siteId, String siteCode, String siteName, String siteDomain,
		long columnId, String columnName, String title, String bodyText, Instant publishedAt, String path) {

	public static final String TYPE = "ArticlePublished";

}
