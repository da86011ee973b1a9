package cn.govsite.content.calendar;

/**
 * What the official calendar says of a day that differs from the plain week: a holiday
 * (法定节假日 or a bridging day off) or a make-up workday on a weekend (调休上班).
 */
public enum DayKind {

	HOLIDAY, WORKDAY

}
