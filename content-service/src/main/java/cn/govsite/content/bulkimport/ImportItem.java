package cn.govsite.content.bulkimport;

import java.time.LocalDate;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import cn.govsite.content.article.ArticleContent;
import cn.govsite.content.item.TypedInput;

/**
 * One validated row of an import: what an author would have typed into the editor. Kept
 * as JSON while the background run waits; {@code fields} holds the type's fields by their
 * English names ({@code documentNumber}, {@code writtenOn}…).
 */
record ImportItem(int row, String title, String body, String source, String type, boolean major, LocalDate occurredOn,
		Map<String, String> fields) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	ArticleContent content() {
		ObjectNode typed = JSON.createObjectNode();
		this.fields.forEach(typed::put);
		return new ArticleContent(this.title, this.body, this.source, this.major, null,
				new TypedInput(this.type, typed.isEmpty() ? null : typed, null, this.occurredOn));
	}

}
