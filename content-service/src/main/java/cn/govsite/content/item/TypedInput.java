package cn.govsite.content.item;

import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The typed part of a create or edit request as it arrived, read by {@link ItemTypes}:
 * the type (null keeps the item's type, or ARTICLE for a new one), its fields, resource
 * references and the day the deadline counts from.
 */
public record TypedInput(String type, JsonNode fields, List<ResourceRef> attachments, LocalDate occurredOn) {

	public static final TypedInput NONE = new TypedInput(null, null, null, null);

}
