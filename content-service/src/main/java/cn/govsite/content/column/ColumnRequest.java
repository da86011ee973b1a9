package cn.govsite.content.column;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A column to create or the new state of one: only {@code name} is required; the
 * guarantee fields default to "not stated" and the method to 审核发布 (先审后发). Method and
 * category are codes or Chinese labels; the cycle is the table's wording
 * ({@code cycleText}, parsed) or a kind with a count.
 */
record ColumnRequest(@NotBlank @Size(max = 30) String name, @Positive Long parentId, @Size(max = 60) String code,
		@Size(max = 500) String content, @Size(max = 200) String responsibleUnit, String method,
		@Size(max = 100) String methodText, String cycleKind, @PositiveOrZero Integer cycleCount,
		@Size(max = 60) String cycleText, String category, @Size(max = 500) String linkUrl,
		@PositiveOrZero Integer sortOrder) {

}
