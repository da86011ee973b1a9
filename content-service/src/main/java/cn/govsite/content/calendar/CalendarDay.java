package cn.govsite.content.calendar;

import java.time.LocalDate;

/**
 * One listed day of the official calendar.
 *
 * @param date the day
 * @param kind holiday or make-up workday
 * @param name what it is for, e.g. 国庆节 or 春节调休上班
 */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

}
