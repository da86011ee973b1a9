package cn.govsite.content.item;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * 领导信息 — a leader's name, title (职务), unit and duties (分工); the body is the résumé, the
 * photo an attachment with purpose {@code PHOTO}.
 */
public record LeaderProfileFields(@NotBlank @Size(max = 30) String name, @NotBlank @Size(max = 100) String title,
		@Size(max = 100) String unit, @Size(max = 2000) String duties,
		@Min(0) @Max(9999) Integer sortOrder) implements TypeFields {

}
