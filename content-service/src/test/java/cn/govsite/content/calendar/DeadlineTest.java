package cn.govsite.content.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines of messages received at a moment, counted in Beijing time over the official
 * calendar.
 */
class DeadlineTest {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final WorkingDays days = new WorkingDayCalendar(year -> ShippedCalendars.year(year)
		.stream()
		.collect(Collectors.toMap(CalendarDay::date, CalendarDay::kind)));

	@Test
	void aMessageOnTheFridayEveningBeforeNationalDay2025() {
		// Friday 2025-09-26 21:40 in Beijing: the make-up Sunday 9-28 counts, 10-1..10-8
		// do not.
		Instant friday = Instant.parse("2025-09-26T13:40:00Z");
		assertThat(Deadline.receivedOn(friday, BEIJING)).isEqualTo("2025-09-26");
		assertThat(Deadline.dueOn(this.days, friday, 5, BEIJING)).isEqualTo("2025-10-10");
		assertThat(Deadline.dueOn(this.days, friday, 3, BEIJING)).isEqualTo("2025-09-30");
	}

	@Test
	void justAfterMidnightInBeijingIsTheNextDayAlthoughUtcIsNot() {
		// 00:30 on Saturday 2025-09-27 in Beijing is still Friday in UTC.
		Instant saturday = Instant.parse("2025-09-26T16:30:00Z");
		assertThat(Deadline.receivedOn(saturday, BEIJING)).isEqualTo("2025-09-27");
		// Counting starts on the make-up Sunday all the same: 9-28, 9-29, 9-30, 10-9,
		// 10-10.
		assertThat(Deadline.dueOn(this.days, saturday, 5, BEIJING)).isEqualTo("2025-10-10");
		// Received on the make-up Sunday itself: that day is not counted.
		Instant sunday = Instant.parse("2025-09-28T02:00:00Z");
		assertThat(Deadline.dueOn(this.days, sunday, 1, BEIJING)).isEqualTo("2025-09-29");
	}

	@Test
	void aMessageOnTheMakeUpSaturdayAfterNationalDay2026() {
		// Saturday 2026-10-10 is worked (调休); received at 10:00 it still does not count
		// itself.
		Instant saturday = Instant.parse("2026-10-10T02:00:00Z");
		assertThat(this.days.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();
		assertThat(Deadline.dueOn(this.days, saturday, 5, BEIJING)).isEqualTo("2026-10-16");
		// And one received on the last holiday, 10-7, counts 10-8, 10-9, 10-10
		// (Saturday), 10-12, 10-13.
		Instant holiday = Instant.parse("2026-10-07T09:00:00Z");
		assertThat(Deadline.dueOn(this.days, holiday, 5, BEIJING)).isEqualTo("2026-10-13");
	}

	@Test
	void springFestival2026WithItsTwoMakeUpSaturdays() {
		// Friday 2026-02-13 evening: 2-14 (Saturday) worked, 2-15..2-23 off, then
		// 2-24..2-27.
		Instant friday = Instant.parse("2026-02-13T11:00:00Z");
		assertThat(Deadline.dueOn(this.days, friday, 5, BEIJING)).isEqualTo("2026-02-27");
		// Received 2-24: 2-25, 2-26, 2-27, 2-28 (Saturday, worked), 3-2.
		Instant tuesday = Instant.parse("2026-02-24T01:00:00Z");
		assertThat(Deadline.dueOn(this.days, tuesday, 5, BEIJING)).isEqualTo("2026-03-02");
	}

}
