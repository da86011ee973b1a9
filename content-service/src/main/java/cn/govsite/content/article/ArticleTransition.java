package cn.govsite.content.article;

import java.util.EnumSet;
import java.util.Set;

/**
 * The moves an article can make, each from an explicit set of states to one state. Code
 * changes an article's state only through {@link #apply}, so a refused move is never half
 * made.
 */
public enum ArticleTransition {

	/**
	 * 直接发布 — publish without review (the review workflow will narrow who may).
	 */
	PUBLISH(EnumSet.of(ArticleState.DRAFT), ArticleState.PUBLISHED);

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
