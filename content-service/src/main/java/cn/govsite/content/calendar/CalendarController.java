package cn.govsite.content.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.content.calendar.CalendarService.YearCalendar;

/**
 * The platform's official calendar: anyone signed in reads it (deadlines are shown in the
 * console); only a platform admin replaces a year or reverts it to the shipped file.
 */
@RestController
class CalendarController {

	private final CalendarService calendar;

	CalendarController(CalendarService calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/calendar/years/{year}")
	YearCalendar year(@PathVariable int year) {
		return this.calendar.year(year);
	}

	@PutMapping("/calendar/years/{year}")
	YearCalendar replace(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable int year,
			@Valid @RequestBody YearRequest request) {
		SiteAccess.requirePlatformAdmin(principal);
		List<CalendarDay> days = request.days()
			.stream()
			.map(d -> new CalendarDay(d.date(), d.kind(), d.name()))
			.toList();
		return this.calendar.replace(year, days, principal.username());
	}

	@DeleteMapping("/calendar/years/{year}")
	YearCalendar revert(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable int year) {
		SiteAccess.requirePlatformAdmin(principal);
		return this.calendar.revert(year);
	}

	/**
	 * A deadline as the platform counts it, for the console and for checking the data.
	 */
	@GetMapping("/calendar/working-days")
	Count count(@RequestParam LocalDate from, @RequestParam(required = false) Integer plus,
			@RequestParam(required = false) LocalDate to) {
		if (plus != null && (plus < 0 || plus > 366)) {
			throw GovsiteException.invalid("plus", Message.of("工作日数须在 0–366 之间", "plus must be between 0 and 366"));
		}
		LocalDate end = (plus != null) ? this.calendar.plusWorkingDays(from, plus) : to;
		if (end == null) {
			throw GovsiteException.invalid("to", Message.of("须给出 plus 或 to", "Give plus or to"));
		}
		return new Count(from, end, this.calendar.workingDaysBetween(from, end), this.calendar.isWorkingDay(end));
	}

	/** The days of a year as a platform admin saves them. */
	record YearRequest(@NotNull @Size(max = 120) List<@Valid @NotNull DayRequest> days) {

	}

	record DayRequest(@NotNull LocalDate date, @NotNull DayKind kind, @NotBlank @Size(max = 50) String name) {

	}

	record Count(LocalDate from, LocalDate to, int workingDays, boolean toIsWorkingDay) {

	}

}
