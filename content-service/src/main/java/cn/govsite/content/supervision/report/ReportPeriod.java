package cn.govsite.content.supervision.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;

/**
 * 报告期 — the month, quarter or year a supervision report covers, written {@code YYYY-MM},
 * {@code YYYY-Qn} or {@code YYYY}.
 *
 * @param index the month (1–12), the quarter (1–4), or 0 for a year
 */
public record ReportPeriod(Kind kind, int year, int index) {

	private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|Q([1-4])))?");

	private static final int MIN_YEAR = 2000;

	private static final int MAX_YEAR = 2100;

	/** Monthly 月检查通报, quarterly 季度通报, yearly 年度报表. */
	public enum Kind {

		MONTH, QUARTER, YEAR

	}

	/** Reads a period, or a 400 problem naming {@code field}. */
	public static ReportPeriod parse(String field, String text) {
		Matcher m = (text != null) ? TEXT.matcher(text.strip()) : null;
		if (m == null || !m.matches()) {
			throw bad(field, text);
		}
		int year = Integer.parseInt(m.group(1));
		if (year < MIN_YEAR || year > MAX_YEAR) {
			throw bad(field, text);
		}
		if (m.group(2) != null) {
			int month = Integer.parseInt(m.group(2));
			if (month < 1 || month > 12) {
				throw bad(field, text);
			}
			return new ReportPeriod(Kind.MONTH, year, month);
		}
		if (m.group(3) != null) {
			return new ReportPeriod(Kind.QUARTER, year, Integer.parseInt(m.group(3)));
		}
		return new ReportPeriod(Kind.YEAR, year, 0);
	}

	private static GovsiteException bad(String field, String text) {
		return GovsiteException.invalid(field, Message.of(
				"报告期应写作 YYYY-MM、YYYY-Qn 或 YYYY（" + MIN_YEAR + "–" + MAX_YEAR + " 年）：" + text,
				"A period must look like YYYY-MM, YYYY-Qn or YYYY (years " + MIN_YEAR + "–" + MAX_YEAR + "): " + text));
	}

	public LocalDate start() {
		return switch (this.kind) {
			case MONTH -> LocalDate.of(this.year, this.index, 1);
			case QUARTER -> LocalDate.of(this.year, (this.index - 1) * 3 + 1, 1);
			case YEAR -> LocalDate.of(this.year, 1, 1);
		};
	}

	public LocalDate end() {
		return switch (this.kind) {
			case MONTH -> YearMonth.of(this.year, this.index).atEndOfMonth();
			case QUARTER -> YearMonth.of(this.year, this.index * 3).atEndOfMonth();
			case YEAR -> LocalDate.of(this.year, 12, 31);
		};
	}

	/** The months the period spans, oldest first. */
	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = YearMonth.from(start()); !m.isAfter(YearMonth.from(end())); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

	/** The period of the same kind just before, for trends. */
	public ReportPeriod previous() {
		return switch (this.kind) {
			case MONTH -> (this.index == 1) ? new ReportPeriod(Kind.MONTH, this.year - 1, 12)
					: new ReportPeriod(Kind.MONTH, this.year, this.index - 1);
			case QUARTER -> (this.index == 1) ? new ReportPeriod(Kind.QUARTER, this.year - 1, 4)
					: new ReportPeriod(Kind.QUARTER, this.year, this.index - 1);
			case YEAR -> new ReportPeriod(Kind.YEAR, this.year - 1, 0);
		};
	}

	public String labelZh() {
		return switch (this.kind) {
			case MONTH -> this.year + "年" + this.index + "月";
			case QUARTER -> this.year + "年第" + "一二三四".charAt(this.index - 1) + "季度";
			case YEAR -> this.year + "年度";
		};
	}

	@Override
	public String toString() {
		return switch (this.kind) {
			case MONTH -> "%d-%02d".formatted(this.year, this.index);
			case QUARTER -> this.year + "-Q" + this.index;
			case YEAR -> String.valueOf(this.year);
		};
	}

}
