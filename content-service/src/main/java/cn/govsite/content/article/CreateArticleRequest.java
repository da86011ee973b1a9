package cn.govsite.content.article;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A new draft. The body is plain text (paragraphs separated by blank lines, rendered
 * escaped) or HTML (sanitised on save); {@code major} marks a major/sensitive item and
 * {@code publishAt} asks for a scheduled publish once approved.
 */
record CreateArticleRequest(@NotNull @Positive Long columnId, @NotBlank @Size(max = 80) String title,
		@NotBlank @Size(max = 200_000) String body, @Size(max = 100) String source, Boolean major, Instant publishAt) {

	ArticleContent content() {
		return new ArticleContent(this.title, this.body, this.source, Boolean.TRUE.equals(this.major), this.publishAt);
	}

}
