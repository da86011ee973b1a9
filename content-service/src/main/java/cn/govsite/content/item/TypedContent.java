package cn.govsite.content.item;

import java.time.LocalDate;
import java.util.List;

/**
 * What an item adds to title and body: its type with that type's fields, its resource
 * references, and the day its publishing deadline counts from.
 */
public record TypedContent(ContentType type, TypeFields fields, List<ResourceRef> attachments, LocalDate occurredOn) {

	public TypedContent {
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	/** A plain news article without type fields. */
	public static TypedContent article() {
		return new TypedContent(ContentType.ARTICLE, null, List.of(), null);
	}

	/** The policy document an interpretation explains, if this is one. */
	public Long interpretedDocument() {
		return (this.fields instanceof PolicyInterpretationFields interpretation) ? interpretation.documentId() : null;
	}

}
