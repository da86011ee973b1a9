package cn.govsite.content.article;

import java.time.Instant;

/**
 * An article as the API shows it; {@code path} is the public page's path once published,
 * {@code approvals} the review levels passed since the last edit, and the check counts
 * those of the latest save.
 */
public record ArticleView(long id, long siteId, long columnId, String title, String body, String source,
		ArticleState state, String createdBy, Instant createdAt, Instant updatedAt, Instant publishedAt, String path,
		boolean major, int approvals, Instant publishAt, int version, int checkBlocking, int checkWarnings) {

	public static ArticleView of(Article article) {
		return new ArticleView(article.getId(), article.getSiteId(), article.getColumnId(), article.getTitle(),
				article.getBody(), article.getSource(), article.getState(), article.getCreatedBy(),
				article.getCreatedAt(), article.getUpdatedAt(), article.getPublishedAt(),
				(article.getState() == ArticleState.PUBLISHED) ? article.publicPath() : null, article.flaggedMajor(),
				orZero(article.getApprovals()), article.getPublishAt(), orZero(article.getVersion()),
				orZero(article.getCheckBlocking()), orZero(article.getCheckWarnings()));
	}

	private static int orZero(Integer value) {
		return (value != null) ? value : 0;
	}

}
