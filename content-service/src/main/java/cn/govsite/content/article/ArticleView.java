package cn.govsite.content.article;

import java.time.Instant;

/**
 * An article as the API shows it; {@code path} is the public page's path once published.
 */
public record ArticleView(long id, long siteId, long columnId, String title, String body, String source,
		ArticleState state, String createdBy, Instant createdAt, Instant updatedAt, Instant publishedAt, String path) {

	public static ArticleView of(Article article) {
		return new ArticleView(article.getId(), article.getSiteId(), article.getColumnId(), article.getTitle(),
				article.getBody(), article.getSource(), article.getState(), article.getCreatedBy(),
				article.getCreatedAt(), article.getUpdatedAt(), article.getPublishedAt(),
				(article.getState() == ArticleState.PUBLISHED) ? article.publicPath() : null);
	}

}
