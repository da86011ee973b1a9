package cn.govsite.content.column;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Where a column goes: under {@code parentId} (null: top level), at {@code sortOrder}.
 */
record MoveColumnRequest(@Positive Long parentId, @PositiveOrZero Integer sortOrder) {

}
