package cn.govsite.content.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Monday to Friday, no holidays: what counts until a holiday calendar provides a
 * {@link WorkingDays} bean.
 */
public final class WeekdaysOnly implements WorkingDays {

	public static final WeekdaysOnly INSTANCE = new WeekdaysOnly();

	private WeekdaysOnly() {
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
	}

}
