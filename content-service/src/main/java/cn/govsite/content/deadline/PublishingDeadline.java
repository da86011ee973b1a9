package cn.govsite.content.deadline;

import cn.govsite.content.calendar.WorkingDays;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * 发布时限 — when an item must be published: its rule applied to the day it counts from (the
 * event's day or the document's arrival, else the day the item was written).
 */
public record PublishingDeadline(DeadlineRule rule, LocalDate countsFrom, LocalDate due) {

	public static PublishingDeadline of(DeadlineRule rule, LocalDate countsFrom, WorkingDays workingDays) {
		LocalDate due = rule.countsWorkingDays() ? workingDays.plusWorkingDays(countsFrom, rule.days())
				: countsFrom.plusDays(rule.days());
		return new PublishingDeadline(rule, countsFrom, due);
	}

	/** Late when, on {@code day}, the item is still not published after its due day. */
	public boolean lateOn(LocalDate day) {
		return day.isAfter(this.due);
	}

	/** Calendar days past the due day on {@code day} (0 when not late). */
	public long daysLate(LocalDate day) {
		return Math.max(0, ChronoUnit.DAYS.between(this.due, day));
	}

}
