package cn.govsite.content.deadline;

import java.time.LocalDate;

/**
 * 工作日 — which days count towards a deadline. The seam for the holiday calendar (法定节假日 and
 * 调休 make-up working days): a bean implementing this replaces {@link WeekdaysOnly}.
 */
public interface WorkingDays {

	boolean isWorkingDay(LocalDate day);

	/**
	 * The {@code count}-th working day after {@code from} ({@code from} itself not
	 * counted): "within 3 working days" of a Friday is the Wednesday after.
	 */
	default LocalDate plusWorkingDays(LocalDate from, int count) {
		LocalDate day = from;
		int left = count;
		while (left > 0) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

}
