package cn.govsite.content.publishing;

import java.time.Instant;

/**
 * {@code ArticleWithdrawn} — an article left the public site (撤稿); search removes it.
 */
record ArticleWithdrawn(long articleId, long siteId, String siteCode, String path, Instant withdrawnAt) {

	static final String TYPE = "ArticleWithdrawn";

}
