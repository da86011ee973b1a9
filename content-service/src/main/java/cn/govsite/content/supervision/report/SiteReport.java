package cn.govsite.content.supervision.report;

import java.util.List;

import cn.govsite.content.supervision.inspection.VetoRule;

/**
 * 站点检查报告 — one site's supervision results for a period, compared with the period before.
 *
 * @param trend current minus previous, null where either side is unknown
 * @param itemsPublished items published in the period, of which {@code published} by
 * column category
 * @param days one line per inspection, for the chart
 */
public record SiteReport(String period, String periodZh, long siteId, String siteCode, String siteName, Summary current,
		Summary previous, Trend trend, List<VetoLine> vetoes, List<MonthScore> scores, List<ColumnLine> columns,
		MessageCounts messages, int itemsPublished, List<CategoryCount> published, List<DayLine> days) {

	/**
	 * A site's figures for one period.
	 *
	 * @param qualified no veto item held on any inspected day; null when not inspected
	 * @param score the mean of the period's monthly scores, null when none was computed
	 * @param staleColumns at the last inspection
	 * @param brokenLinks at the last inspection with a crawl, null when never crawled
	 * @param overdueMessages at the last inspection: unanswered past 3 months
	 */
	public record Summary(int inspectionDays, Boolean qualified, int unqualifiedDays, Double score, int staleColumns,
			int blankColumns, Integer brokenLinks, int overdueMessages) {

		public boolean inspected() {
			return this.inspectionDays > 0;
		}

	}

	/** Changes against the previous period. */
	public record Trend(Double score, Integer unqualifiedDays, Integer staleColumns, Integer blankColumns,
			Integer brokenLinks, Integer overdueMessages) {

	}

	/**
	 * A veto rule that held in the period.
	 *
	 * @param days on how many inspected days it held
	 * @param evidence how many distinct things (columns, messages, articles) it rested on
	 */
	public record VetoLine(VetoRule rule, String zh, String en, int days, int evidence) {

	}

	/** One inspected day. */
	public record DayLine(String day, boolean qualified, int staleColumns, int blankColumns, Integer brokenLinks,
			int vetoes) {

	}

}
