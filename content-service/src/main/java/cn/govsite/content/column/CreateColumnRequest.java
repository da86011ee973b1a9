package cn.govsite.content.column;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A new column: its name and, for a sub-column, its parent. */
record CreateColumnRequest(@NotBlank @Size(max = 30) String name, @Positive Long parentId) {

}
