package cn.govsite.content.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;

/**
 * The platform's official calendar: the shipped year files, replaced year by year by what
 * a platform admin saved (when the State Council publishes next year's notice, or
 * corrects one). The calendar is the platform's, not a site's, so it is read with plain
 * JDBC outside the site filter. Years are cached for a minute so every replica sees an
 * edit soon without a query per counted day.
 */
@Service
public class CalendarService implements WorkingDays {

	static final int MIN_YEAR = 2000;

	static final int MAX_YEAR = 2100;

	private static final Duration CACHE_TTL = Duration.ofMinutes(1);

	private final JdbcTemplate jdbc;

	private final Clock clock = Clock.systemUTC();

	private final Map<Integer, Cached> cache = new ConcurrentHashMap<>();

	private final WorkingDayCalendar calendar = new WorkingDayCalendar(this::kinds);

	CalendarService(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean isWorkingDay(LocalDate date) {
		return this.calendar.isWorkingDay(date);
	}

	@Override
	public LocalDate plusWorkingDays(LocalDate start, int days) {
		return this.calendar.plusWorkingDays(start, days);
	}

	@Override
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return this.calendar.workingDaysBetween(from, to);
	}

	/**
	 * The year as in force: the platform's edit if there is one, else the shipped file.
	 */
	public YearCalendar year(int year) {
		requireYear(year);
		List<Map<String, Object>> edited = this.jdbc
			.queryForList("SELECT updated_by, updated_at FROM holiday_calendar_year WHERE year = ?", year);
		if (edited.isEmpty()) {
			return new YearCalendar(year, Source.SHIPPED, null, null, ShippedCalendars.year(year));
		}
		List<CalendarDay> days = this.jdbc.query(
				"SELECT day, kind, name FROM holiday_calendar_day WHERE year = ? ORDER BY day",
				(rs, row) -> new CalendarDay(rs.getDate(1).toLocalDate(), DayKind.valueOf(rs.getString(2)),
						rs.getString(3)),
				year);
		Map<String, Object> row = edited.get(0);
		Object at = row.get("updated_at");
		return new YearCalendar(year, Source.EDITED, (String) row.get("updated_by"),
				(at instanceof Timestamp ts) ? ts.toInstant() : null, days);
	}

	/** Replaces the year's listed days (a platform admin's edit). */
	@Transactional
	public YearCalendar replace(int year, List<CalendarDay> days, String by) {
		requireYear(year);
		validate(year, days);
		this.jdbc.update("DELETE FROM holiday_calendar_day WHERE year = ?", year);
		this.jdbc.update("DELETE FROM holiday_calendar_year WHERE year = ?", year);
		this.jdbc.update("INSERT INTO holiday_calendar_year (year, updated_by, updated_at) VALUES (?, ?, ?)", year, by,
				Timestamp.from(this.clock.instant()));
		for (CalendarDay day : days) {
			this.jdbc.update("INSERT INTO holiday_calendar_day (year, day, kind, name) VALUES (?, ?, ?, ?)", year,
					Date.valueOf(day.date()), day.kind().name(), day.name().strip());
		}
		this.cache.remove(year);
		return year(year);
	}

	/** Drops the platform's edit of the year: the shipped file is in force again. */
	@Transactional
	public YearCalendar revert(int year) {
		requireYear(year);
		this.jdbc.update("DELETE FROM holiday_calendar_day WHERE year = ?", year);
		this.jdbc.update("DELETE FROM holiday_calendar_year WHERE year = ?", year);
		this.cache.remove(year);
		return year(year);
	}

	/** The listed days of a year by date, as the counting reads them. */
	Map<LocalDate, DayKind> kinds(int year) {
		Instant now = this.clock.instant();
		Cached cached = this.cache.get(year);
		if (cached == null || cached.loadedAt().plus(CACHE_TTL).isBefore(now)) {
			List<CalendarDay> days = (year < MIN_YEAR || year > MAX_YEAR) ? List.of() : year(year).days();
			cached = new Cached(days.stream()
				.collect(Collectors.toUnmodifiableMap(CalendarDay::date, CalendarDay::kind, (a, b) -> b)), now);
			this.cache.put(year, cached);
		}
		return cached.kinds();
	}

	private static void validate(int year, List<CalendarDay> days) {
		Set<LocalDate> seen = new HashSet<>();
		for (int i = 0; i < days.size(); i++) {
			CalendarDay day = days.get(i);
			String field = "days[" + i + "]";
			if (day.date().getYear() != year) {
				throw GovsiteException.invalid(field + ".date", Message.of("日期 " + day.date() + " 不属于 " + year + " 年",
						"The date " + day.date() + " is not in " + year));
			}
			if (!seen.add(day.date())) {
				throw GovsiteException.invalid(field + ".date",
						Message.of("日期重复：" + day.date(), "Listed twice: " + day.date()));
			}
			DayOfWeek weekday = day.date().getDayOfWeek();
			boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
			if (day.kind() == DayKind.WORKDAY && !weekend) {
				throw GovsiteException.invalid(field + ".kind", Message.of(day.date() + " 是工作日，调休上班日只能是周六或周日",
						day.date() + " is a weekday; a make-up workday is a Saturday or Sunday"));
			}
		}
	}

	private static void requireYear(int year) {
		if (year < MIN_YEAR || year > MAX_YEAR) {
			throw GovsiteException.invalid("year", Message.of("年份须在 " + MIN_YEAR + "–" + MAX_YEAR + " 之间",
					"The year must be between " + MIN_YEAR + " and " + MAX_YEAR));
		}
	}

	/** Where a year's calendar comes from. */
	public enum Source {

		SHIPPED, EDITED

	}

	/** A year of the official calendar. */
	public record YearCalendar(int year, Source source, String updatedBy, Instant updatedAt, List<CalendarDay> days) {

		/** Holidays and make-up workdays counted, for a quick look. */
		public Map<DayKind, Long> counts() {
			Map<DayKind, Long> counts = new LinkedHashMap<>();
			for (DayKind kind : DayKind.values()) {
				counts.put(kind, this.days.stream().filter(d -> d.kind() == kind).count());
			}
			return counts;
		}

	}

	private record Cached(Map<LocalDate, DayKind> kinds, Instant loadedAt) {

	}

}
