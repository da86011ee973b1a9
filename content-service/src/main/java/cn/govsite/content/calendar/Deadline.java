package cn.govsite.content.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * 办理时限 — the day by which something received at a moment must be done, in working days
 * counted in the site's zone: the day of receipt is the calendar day there (a message
 * sent at 23:30 on a Friday in Beijing was received on that Friday, although it is still
 * Friday 15:30 in UTC, and one sent at 00:30 on Saturday was received on Saturday), and
 * it does not count itself.
 */
public final class Deadline {

	private Deadline() {
	}

	public static LocalDate receivedOn(Instant at, ZoneId zone) {
		return LocalDate.ofInstant(at, zone);
	}

	public static LocalDate dueOn(WorkingDays days, Instant received, int workingDays, ZoneId zone) {
		return days.plusWorkingDays(receivedOn(received, zone), workingDays);
	}

}
