package cn.govsite.content.supervision.report;

import java.util.List;

/**
 * Everything known about one site in one period, gathered for the
 * {@link ReportCalculator}.
 *
 * @param days the period's daily inspections, oldest first
 * @param scores the period's stored monthly scores
 * @param lastColumns the stale and blank columns of the last inspection
 * @param published items published in the period by column category
 */
public record SitePeriodFacts(long siteId, String code, String name, List<DayFacts> days, List<MonthScore> scores,
		List<ColumnLine> lastColumns, MessageCounts messages, List<CategoryCount> published) {

	public SitePeriodFacts {
		days = List.copyOf(days);
		scores = List.copyOf(scores);
		lastColumns = List.copyOf(lastColumns);
		published = List.copyOf(published);
	}

}
