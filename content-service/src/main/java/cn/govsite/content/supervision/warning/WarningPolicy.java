package cn.govsite.content.supervision.warning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.govsite.content.supervision.inspection.ColumnFreshness;
import cn.govsite.content.supervision.inspection.ColumnStatus;

/**
 * Which columns to warn: still fresh, but going stale within {@code days} days. Stale
 * ones are already in the inspection; warning them again would only add noise.
 */
public final class WarningPolicy {

	private final int days;

	public WarningPolicy(int days) {
		this.days = days;
	}

	/** A column to warn and how many days it has left. */
	public record Due(ColumnFreshness column, long daysLeft) {

	}

	public List<Due> due(List<ColumnFreshness> columns, LocalDate today) {
		LocalDate horizon = today.plusDays(this.days);
		return columns.stream()
			.filter(c -> c.status() == ColumnStatus.FRESH && c.staleOn() != null && !c.staleOn().isAfter(horizon))
			.map(c -> new Due(c, ChronoUnit.DAYS.between(today, c.staleOn())))
			.toList();
	}

}
