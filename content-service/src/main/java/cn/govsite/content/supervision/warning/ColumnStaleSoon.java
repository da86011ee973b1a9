package cn.govsite.content.supervision.warning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Payload of the {@code ColumnStaleSoon} event (栏目更新预警): a column will count as not
 * updated from {@code staleOn} unless its responsible unit publishes before.
 */
public record ColumnStaleSoon(long siteId, String siteCode, long columnId, String columnName, String responsibleUnit,
		String cycleText, Instant lastPublishedAt, LocalDate staleOn, long daysLeft) {

	public static final String TYPE = "ColumnStaleSoon";

}
