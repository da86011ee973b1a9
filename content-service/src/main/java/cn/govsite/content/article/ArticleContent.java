package cn.govsite.content.article;

import java.time.Instant;

import cn.govsite.content.item.TypedInput;

/**
 * What an author writes: title, body (plain text or HTML), source, whether the item is
 * major/sensitive (重大敏感, needs the chief's approval), when it should go live, and its
 * type with the type's fields (see {@code cn.govsite.content.item}).
 */
public record ArticleContent(String title, String body, String source, boolean major, Instant publishAt,
		TypedInput typed) {

	public ArticleContent {
		typed = (typed != null) ? typed : TypedInput.NONE;
	}

	/** A plain article (or an edit that keeps the item's type and sends no fields). */
	public ArticleContent(String title, String body, String source, boolean major, Instant publishAt) {
		this(title, body, source, major, publishAt, TypedInput.NONE);
	}

}
