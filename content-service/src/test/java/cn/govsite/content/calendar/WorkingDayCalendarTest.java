package cn.govsite.content.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Working-day counting over the shipped official calendars of 2025–2027. */
class WorkingDayCalendarTest {

	private final WorkingDays days = new WorkingDayCalendar(year -> ShippedCalendars.year(year)
		.stream()
		.collect(Collectors.toMap(CalendarDay::date, CalendarDay::kind)));

	@ParameterizedTest(name = "{0} + {1} working days = {2}")
	@CsvSource({
			// A message received on the Friday evening before 国庆 2025: the make-up Sunday
			// 9-28 counts, 10-1..10-8 do not.
			"2025-09-26, 5, 2025-10-10",
			// ... and with a 3-working-day limit (004 scoring).
			"2025-09-26, 3, 2025-09-30",
			// Received on the make-up Saturday after 国庆 2025: the day of receipt never
			// counts.
			"2025-10-11, 5, 2025-10-17",
			// Received during the holiday: counting starts on the first working day after
			// it.
			"2025-10-03, 1, 2025-10-09",
			// 春节 2025: 1-26 (Sunday) is worked, 1-28..2-4 are off, 2-8 (Saturday) is
			// worked.
			"2025-01-24, 5, 2025-02-07", "2025-01-24, 1, 2025-01-26", "2025-02-05, 3, 2025-02-08",
			// 春节 2026: 2-14 (Saturday) worked, 2-15..2-23 off, 2-28 (Saturday) worked.
			"2026-02-13, 5, 2026-02-27", "2026-02-13, 3, 2026-02-25", "2026-02-24, 4, 2026-02-28",
			// 国庆 2026: 9-20 (Sunday) worked, 中秋 9-25..27 off, 10-1..10-7 off, 10-10
			// worked.
			"2026-09-18, 5, 2026-09-24", "2026-09-24, 1, 2026-09-28", "2026-09-30, 5, 2026-10-13",
			"2026-09-30, 3, 2026-10-10",
			// 元旦 2026: 1-1..1-3 off, 1-4 (Sunday) worked.
			"2025-12-31, 1, 2026-01-04",
			// A plain week and zero days.
			"2026-11-27, 5, 2026-12-04", "2026-11-27, 0, 2026-11-27" })
	void plusWorkingDays(LocalDate start, int plus, LocalDate expected) {
		assertThat(this.days.plusWorkingDays(start, plus)).isEqualTo(expected);
		assertThat(this.days.workingDaysBetween(start, expected)).isEqualTo(plus);
	}

	@Test
	void holidaysAndMakeUpDays() {
		assertThat(this.days.isWorkingDay(LocalDate.parse("2025-09-28"))).as("make-up Sunday").isTrue();
		assertThat(this.days.isWorkingDay(LocalDate.parse("2025-10-11"))).as("make-up Saturday").isTrue();
		assertThat(this.days.isWorkingDay(LocalDate.parse("2025-10-08"))).as("国庆 Wednesday").isFalse();
		assertThat(this.days.isWorkingDay(LocalDate.parse("2025-01-28"))).as("除夕 2025").isFalse();
		assertThat(this.days.isWorkingDay(LocalDate.parse("2026-02-16"))).as("除夕 2026").isFalse();
		assertThat(this.days.isWorkingDay(LocalDate.parse("2026-02-23"))).as("春节 2026 Monday").isFalse();
		assertThat(this.days.isWorkingDay(LocalDate.parse("2026-02-28"))).as("make-up Saturday").isTrue();
		assertThat(this.days.isWorkingDay(LocalDate.parse("2026-10-09"))).as("plain Friday").isTrue();
		assertThat(this.days.isWorkingDay(LocalDate.parse("2026-10-11"))).as("plain Sunday").isFalse();
		// 2027 ships the statutory holidays only.
		assertThat(this.days.isWorkingDay(LocalDate.parse("2027-02-05"))).as("除夕 2027").isFalse();
		assertThat(this.days.isWorkingDay(LocalDate.parse("2027-10-01"))).isFalse();
	}

	@Test
	void yearTotalsMatchTheNotices() {
		// 2025 and 2026 each have 248 working days once 除夕 and 5-2 became holidays.
		assertThat(workingDaysIn(2025)).isEqualTo(248);
		assertThat(workingDaysIn(2026)).isEqualTo(248);
	}

	@Test
	void workingDaysBetweenCountsAfterTheStartUpToTheEnd() {
		LocalDate friday = LocalDate.parse("2025-09-26");
		assertThat(this.days.workingDaysBetween(friday, friday)).isZero();
		assertThat(this.days.workingDaysBetween(friday, friday.minusDays(3))).isZero();
		assertThat(this.days.workingDaysBetween(friday, LocalDate.parse("2025-10-08"))).isEqualTo(3);
		// The whole of 2025 seen from New Year's Eve 2024.
		assertThat(this.days.workingDaysBetween(LocalDate.parse("2024-12-31"), LocalDate.parse("2025-12-31")))
			.isEqualTo(248);
	}

	@Test
	void everyShippedMakeUpDayIsAWeekendAndEveryYearLoads() {
		for (int year = 2025; year <= 2027; year++) {
			assertThat(ShippedCalendars.year(year)).isNotEmpty();
			assertThat(ShippedCalendars.year(year)).filteredOn(day -> day.kind() == DayKind.WORKDAY)
				.allSatisfy(day -> assertThat(day.date().getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
		}
		assertThat(ShippedCalendars.year(1999)).isEmpty();
	}

	@Test
	void aYearWithoutDataIsAPlainWeek() {
		WorkingDays plain = new WorkingDayCalendar(year -> Map.of());
		assertThat(plain.plusWorkingDays(LocalDate.parse("2030-05-03"), 1)).isEqualTo("2030-05-06");
		assertThatThrownBy(() -> plain.plusWorkingDays(LocalDate.parse("2030-05-03"), -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private int workingDaysIn(int year) {
		int count = 0;
		for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
			if (this.days.isWorkingDay(d)) {
				count++;
			}
		}
		return count;
	}

}
