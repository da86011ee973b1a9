package cn.govsite.content.article;

import java.util.EnumSet;
import java.util.Set;

import static cn.govsite.content.article.ArticleState.APPROVED;
import static cn.govsite.content.article.ArticleState.DRAFT;
import static cn.govsite.content.article.ArticleState.PUBLISHED;
import static cn.govsite.content.article.ArticleState.REJECTED;
import static cn.govsite.content.article.ArticleState.SUBMITTED;
import static cn.govsite.content.article.ArticleState.WITHDRAWN;

/**
 * The moves an article can make, each from an explicit set of states to one state. Code
 * changes an article's state only through {@link #apply}, so a refused move is never half
 * made. Who may make a move is the review workflow's decision, not this table's.
 */
public enum ArticleTransition {

	/** 提交审核. */
	SUBMIT(EnumSet.of(DRAFT), SUBMITTED),

	/**
	 * 审核通过 (a level of it); a major item's first approval passes this check, but the
	 * workflow keeps it SUBMITTED until the chief's approval.
	 */
	APPROVE(EnumSet.of(SUBMITTED), APPROVED),

	/** 退回 with an opinion. */
	REJECT(EnumSet.of(SUBMITTED), REJECTED),

	/** 修改 — any edit drops every approval (four-eyes reset) and makes a draft again. */
	EDIT(EnumSet.of(DRAFT, SUBMITTED, APPROVED, REJECTED, WITHDRAWN), DRAFT),

	/** 发布 — of an approved item; a DRAFT only in a column guaranteed by 直接发布. */
	PUBLISH(EnumSet.of(APPROVED, DRAFT), PUBLISHED),

	/** 撤稿 — unpublish. */
	WITHDRAW(EnumSet.of(PUBLISHED), WITHDRAWN);

	private final Set<ArticleState> from;

	private final ArticleState to;

	ArticleTransition(Set<ArticleState> from, ArticleState to) {
		this.from = from;
		this.to = to;
	}

	public boolean allowedFrom(ArticleState current) {
		return this.from.contains(current);
	}

	public ArticleState target() {
		return this.to;
	}

	/** The state after this move from {@code current}, or a refusal. */
	public ArticleState apply(ArticleState current) {
		if (!allowedFrom(current)) {
			throw new IllegalTransitionException(this, current);
		}
		return this.to;
	}

	/** A move that the article's current state does not allow. */
	public static final class IllegalTransitionException extends RuntimeException {

		private final ArticleTransition transition;

		private final ArticleState current;

		IllegalTransitionException(ArticleTransition transition, ArticleState current) {
			super(transition + " is not allowed from " + current);
			this.transition = transition;
			this.current = current;
		}

		public ArticleTransition transition() {
			return this.transition;
		}

		public ArticleState current() {
			return this.current;
		}

	}

}
