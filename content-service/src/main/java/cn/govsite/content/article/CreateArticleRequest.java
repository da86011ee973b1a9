package cn.govsite.content.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A new draft. The body is plain text, paragraphs separated by blank lines; it is stored
 * as given and always rendered escaped.
 */
record CreateArticleRequest(@NotNull @Positive Long columnId, @NotBlank @Size(max = 80) String title,
		@NotBlank @Size(max = 200_000) String body, @Size(max = 100) String source) {

}
