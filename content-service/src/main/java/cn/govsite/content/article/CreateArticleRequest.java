package cn.govsite.content.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

import cn.govsite.content.item.ResourceRef;
import cn.govsite.content.item.TypedInput;

/**
 * A new draft. The body is plain text (paragraphs separated by blank lines, rendered
 * escaped) or HTML (sanitised on save); {@code major} marks a major/sensitive item and
 * {@code publishAt} asks for a scheduled publish once approved. {@code type} (default
 * ARTICLE) names the content type, {@code fields} that type's fields, {@code attachments}
 * resource-library references, {@code occurredOn} the day the publishing deadline counts
 * from.
 */
record CreateArticleRequest(@NotNull @Positive Long columnId, @NotBlank @Size(max = 80) String title,
		@NotBlank @Size(max = 200_000) String body, @Size(max = 100) String source, Boolean major, Instant publishAt,
		@Size(max = 30) String type, JsonNode fields, @Size(max = 50) List<ResourceRef> attachments,
		LocalDate occurredOn) {

	ArticleContent content() {
		return new ArticleContent(this.title, this.body, this.source, Boolean.TRUE.equals(this.major), this.publishAt,
				new TypedInput(this.type, this.fields, this.attachments, this.occurredOn));
	}

}
