package cn.govsite.content.article;

/**
 * Where an article is in its life. The review workflow adds SUBMITTED, APPROVED, REJECTED
 * and WITHDRAWN; every move between states is an {@link ArticleTransition}.
 */
public enum ArticleState {

	/** 草稿 — being written; only the site's staff see it. */
	DRAFT,

	/** 已发布 — rendered to the public site. */
	PUBLISHED

}
