package cn.govsite.content.supervision;

import java.time.Instant;

import cn.govsite.content.column.InspectionCategory;
import cn.govsite.content.column.UpdateCycle;

/**
 * What supervision needs to know of one column: its guarantee, and how much was published
 * in it and when last.
 *
 * @param cycle the column's own update cycle, or null when none is set
 * @param category its inspection category, or null when not classified
 * @param jumpLink whether the column only links elsewhere (跳转链接), so has no items of its
 * own
 * @param container whether the column has sub-columns (its items live there)
 * @param lastPublishedAt when its newest published item was published, null if none
 */
public record ColumnFact(long columnId, String name, String code, InspectionCategory category, UpdateCycle cycle,
		String responsibleUnit, boolean jumpLink, boolean container, long publishedItems, Instant lastPublishedAt) {

}
