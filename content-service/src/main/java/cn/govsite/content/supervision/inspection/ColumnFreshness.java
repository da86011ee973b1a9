package cn.govsite.content.supervision.inspection;

import java.time.Instant;
import java.time.LocalDate;

import cn.govsite.content.column.InspectionCategory;

/**
 * A column's freshness at an inspection.
 *
 * @param staleOn the first day the column counts as not updated (null when no limit
 * applies or it is blank)
 * @param limitSource which limit set {@code staleOn}: {@code CYCLE} (the column's own
 * update cycle) or {@code NATIONAL} (the threshold of its category)
 * @param nationallyStale whether it is past the national threshold of a news, notice or
 * policy column (counts towards the single veto)
 */
public record ColumnFreshness(long columnId, String name, InspectionCategory category, String responsibleUnit,
		String cycleText, ColumnStatus status, long publishedItems, Instant lastPublishedAt, Long daysSilent,
		LocalDate staleOn, String limitSource, boolean nationallyStale) {

}
