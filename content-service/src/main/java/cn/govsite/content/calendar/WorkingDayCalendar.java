package cn.govsite.content.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * 工作日历 — {@link WorkingDays} over the official calendar of each year (the days that
 * differ from the plain week). Plain Java: the year data comes from a function, so the
 * shipped files, the platform's edits and tests all use the same counting. A year without
 * data counts as a plain week (weekends off), which is the best guess before the State
 * Council publishes it.
 */
public final class WorkingDayCalendar implements WorkingDays {

	/** Longer than any sequence of consecutive rest days, to stop runaway loops. */
	private static final int MAX_DAYS = 366 * 3;

	private final IntFunction<Map<LocalDate, DayKind>> years;

	public WorkingDayCalendar(IntFunction<Map<LocalDate, DayKind>> years) {
		this.years = years;
	}

	@Override
	public boolean isWorkingDay(LocalDate date) {
		DayKind listed = this.years.apply(date.getYear()).get(date);
		if (listed != null) {
			return listed == DayKind.WORKDAY;
		}
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

	@Override
	public LocalDate plusWorkingDays(LocalDate start, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("days must not be negative: " + days);
		}
		if (days > MAX_DAYS) {
			throw new IllegalArgumentException("days too large: " + days);
		}
		LocalDate date = start;
		int counted = 0;
		while (counted < days) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				counted++;
			}
		}
		return date;
	}

	@Override
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (!to.isAfter(from)) {
			return 0;
		}
		int count = 0;
		for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				count++;
			}
		}
		return count;
	}

}
