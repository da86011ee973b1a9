package cn.govsite.content.article;

/**
 * Where an article is in its life (先审后发); every move between states is an
 * {@link ArticleTransition}, and who may make it is decided by the review workflow.
 */
public enum ArticleState {

	/** 草稿 — being written; only the site's staff see it. */
	DRAFT,

	/**
	 * 待审 — submitted for review; a major item stays here until the chief approves too.
	 */
	SUBMITTED,

	/** 已审核 — every required approval given; may be published (now or at publishAt). */
	APPROVED,

	/** 退回 — rejected with an opinion; the author edits it back to a draft. */
	REJECTED,

	/** 已发布 — rendered to the public site. */
	PUBLISHED,

	/** 已撤稿 — taken off the public site; editing makes it a draft again. */
	WITHDRAWN

}
