package cn.govsite.content.calendar;

import java.time.LocalDate;

/**
 * 工作日 — counting in working days over the official calendar: weekdays are working days
 * unless they are holidays, weekends are rest days unless they are make-up workdays
 * (调休上班).
 */
public interface WorkingDays {

	boolean isWorkingDay(LocalDate date);

	/**
	 * The day {@code days} working days after {@code start}; the start day itself is not
	 * counted (自收到之日起 n 个工作日: the day of receipt does not count), so a message received
	 * on any day of a weekend or holiday starts counting on the next working day.
	 * {@code days = 0} is the start itself.
	 */
	LocalDate plusWorkingDays(LocalDate start, int days);

	/**
	 * How many working days lie after {@code from} up to and including {@code to}; 0 when
	 * {@code to} is not after {@code from}. The inverse of {@link #plusWorkingDays}: an
	 * answer on the day of receipt took 0 working days.
	 */
	int workingDaysBetween(LocalDate from, LocalDate to);

}
