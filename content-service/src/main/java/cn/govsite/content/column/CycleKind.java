package cn.govsite.content.column;

/**
 * The kinds of update cycle (更新周期) the guarantee tables use; those with a count need
 * {@link UpdateCycle#count()} (every 2 weeks, within 5 months).
 */
public enum CycleKind {

	DAILY(false), WEEKLY(false), EVERY_N_WEEKS(true), MONTHLY(false), EVERY_N_MONTHS(true), QUARTERLY(false),
	YEARLY(false), AT_LEAST_YEARLY(false), WITHIN_N_DAYS(true), WITHIN_N_WEEKS(true), WITHIN_N_MONTHS(true),
	WITHIN_N_YEARS(true), ON_CHANGE(false), REAL_TIME(false), REPLY_BY_DEADLINE(false);

	private final boolean counted;

	CycleKind(boolean counted) {
		this.counted = counted;
	}

	public boolean counted() {
		return this.counted;
	}

}
