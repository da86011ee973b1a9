package cn.govsite.content.supervision.report;

import java.util.List;
import java.util.function.Function;

import cn.govsite.content.supervision.report.PlatformReport.RankLine;
import cn.govsite.content.supervision.report.SiteReport.DayLine;

/**
 * A report as one self-contained HTML page (tables and inline SVG charts, no scripts),
 * fit to print or to attach to a 通报.
 */
final class ReportHtml {

	private static final int CHART_RANKS = 30;

	private ReportHtml() {
	}

	static String platform(PlatformReport r) {
		StringBuilder html = open("全平台网站检查通报（" + r.periodZh() + "）", "Platform supervision report " + r.period());
		PlatformReport.Totals c = r.current();
		PlatformReport.Totals p = r.previous();
		PlatformReport.Change t = r.trend();
		html.append("<h2>概要 Summary</h2><table><tr><th>指标 Figure</th><th>本期</th><th>上期</th><th>变化</th></tr>");
		html.append(row("平台站点 Sites", r.sitesKnown(), null, null));
		html.append(row("检查站点 Inspected", c.sitesInspected(), p.sitesInspected(), t.sitesInspected()));
		html.append(row("合格 Qualified", c.qualifiedSites(), p.qualifiedSites(), null));
		html.append(row("不合格 Unqualified", c.unqualifiedSites(), p.unqualifiedSites(), t.unqualifiedSites()));
		html.append(row("平均得分 Mean score", c.scoreMean(), p.scoreMean(), t.scoreMean()));
		html.append(row("未更新栏目 Stale columns", c.staleColumns(), p.staleColumns(), t.staleColumns()));
		html.append(row("空白栏目 Blank columns", c.blankColumns(), p.blankColumns(), t.blankColumns()));
		html.append(row("错断链 Broken links", c.brokenLinks(), p.brokenLinks(), t.brokenLinks()));
		html.append(row("超期未回应留言 Overdue messages", c.overdueMessages(), p.overdueMessages(), t.overdueMessages()));
		html.append("</table>");
		html.append("<figure>")
			.append(SvgChart.bars("得分分布 Score distribution",
					r.distribution().stream().map(PlatformReport.Bucket::label).toList(),
					r.distribution().stream().map(PlatformReport.Bucket::sites).toList()))
			.append("</figure>");
		List<RankLine> top = r.ranking().stream().filter(l -> l.score() != null).limit(CHART_RANKS).toList();
		if (!top.isEmpty()) {
			html.append("<figure>")
				.append(SvgChart.bars("得分排名 Ranking", top.stream().map(RankLine::siteName).toList(),
						top.stream().map(RankLine::score).toList(), 100))
				.append("</figure>");
		}
		html.append("<h2>得分排名 Ranking</h2><table><tr><th>排名</th><th>站点</th><th>代码</th><th>得分</th><th>较上期</th>"
				+ "<th>合格</th><th>不合格天数</th><th>未更新栏目</th><th>空白栏目</th><th>错断链</th><th>超期留言</th></tr>");
		for (RankLine l : r.ranking()) {
			html.append(cells(l.rank(), l.siteName(), l.siteCode(), l.score(), l.scoreChange(), yesNo(l.qualified()),
					l.unqualifiedDays(), l.staleColumns(), l.blankColumns(), l.brokenLinks(), l.overdueMessages()));
		}
		html.append("</table>");
		html.append("<h2>单项否决 Single vetoes</h2>");
		table(html, List.of("否决项", "Rule", "涉及站点 Sites", "证据 Evidence"), r.vetoes(),
				v -> new Object[] { v.zh(), v.en(), v.sites(), v.evidence() });
		return close(html);
	}

	static String site(SiteReport r) {
		StringBuilder html = open(r.siteName() + " 网站检查报告（" + r.periodZh() + "）",
				"Supervision report of " + r.siteCode() + " for " + r.period());
		SiteReport.Summary c = r.current();
		SiteReport.Summary p = r.previous();
		SiteReport.Trend t = r.trend();
		html.append("<h2>概要 Summary</h2><table><tr><th>指标 Figure</th><th>本期</th><th>上期</th><th>变化</th></tr>");
		html.append(row("检查天数 Days inspected", c.inspectionDays(), p.inspectionDays(), null));
		html.append(row("合格 Qualified", yesNo(c.qualified()), yesNo(p.qualified()), null));
		html.append(row("不合格天数 Unqualified days", c.unqualifiedDays(), p.unqualifiedDays(), t.unqualifiedDays()));
		html.append(row("得分 Score", c.score(), p.score(), t.score()));
		html.append(row("未更新栏目 Stale columns", c.staleColumns(), p.staleColumns(), t.staleColumns()));
		html.append(row("空白栏目 Blank columns", c.blankColumns(), p.blankColumns(), t.blankColumns()));
		html.append(row("错断链 Broken links", c.brokenLinks(), p.brokenLinks(), t.brokenLinks()));
		html.append(row("超期未回应留言 Overdue messages", c.overdueMessages(), p.overdueMessages(), t.overdueMessages()));
		html.append(row("发布信息 Items published", r.itemsPublished(), null, null));
		html.append(row("收到留言 Messages received", r.messages().received(), null, null));
		html.append(row("答复留言 Messages answered", r.messages().answered(), null, null));
		html.append(row("逾期办理 Replies late", r.messages().overdue(), null, null));
		html.append("</table>");
		List<DayLine> days = r.days();
		if (!days.isEmpty()) {
			List<String> labels = days.stream().map(DayLine::day).toList();
			html.append("<figure>")
				.append(SvgChart.lines("每日检查 Daily inspection", labels,
						List.of(new SvgChart.Series("未更新栏目 stale", days.stream().map(DayLine::staleColumns).toList()),
								new SvgChart.Series("空白栏目 blank", days.stream().map(DayLine::blankColumns).toList()),
								new SvgChart.Series("否决项 vetoes", days.stream().map(DayLine::vetoes).toList()))))
				.append("</figure>");
		}
		if (!r.scores().isEmpty()) {
			html.append("<figure>")
				.append(SvgChart.bars("月度得分 Monthly scores", r.scores().stream().map(MonthScore::month).toList(),
						r.scores().stream().map(MonthScore::total).toList(), 100))
				.append("</figure>");
		}
		html.append("<h2>信息发布 Items published by column category</h2>");
		table(html, List.of("栏目类别 Category", "信息 Items"), r.published(),
				count -> new Object[] { count.label(), count.items() });
		html.append("<h2>单项否决 Single vetoes</h2>");
		table(html, List.of("否决项", "Rule", "天数 Days", "证据 Evidence"), r.vetoes(),
				v -> new Object[] { v.zh(), v.en(), v.days(), v.evidence() });
		html.append("<h2>未更新及空白栏目 Stale and blank columns</h2>");
		table(html, List.of("栏目 Column", "状态 Status", "未更新天数 Days silent", "责任单位 Unit"), r.columns(),
				col -> new Object[] { col.name(), col.status(), col.daysSilent(), col.responsibleUnit() });
		return close(html);
	}

	private static StringBuilder open(String title, String subtitle) {
		StringBuilder html = new StringBuilder(
				"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
			.append(escape(title))
			.append("</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}"
					+ "th,td{border:1px solid #bbb;padding:4px 8px;text-align:left}th{background:#eef}"
					+ "figure{margin:1em 0}</style></head><body><h1>")
			.append(escape(title))
			.append("</h1><p>")
			.append(escape(subtitle))
			.append("</p>");
		return html;
	}

	private static String close(StringBuilder html) {
		return html.append("</body></html>").toString();
	}

	private static <T> void table(StringBuilder html, List<String> head, List<T> rows, Function<T, Object[]> cells) {
		if (rows.isEmpty()) {
			html.append("<p>无 None</p>");
			return;
		}
		html.append("<table><tr>");
		head.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
		html.append("</tr>");
		rows.forEach(row -> html.append(cells(cells.apply(row))));
		html.append("</table>");
	}

	private static String row(String label, Object now, Object before, Object change) {
		return cells(label, now, before, change);
	}

	private static String cells(Object... values) {
		StringBuilder tr = new StringBuilder("<tr>");
		for (Object v : values) {
			tr.append("<td>").append(escape(text(v))).append("</td>");
		}
		return tr.append("</tr>").toString();
	}

	private static String text(Object value) {
		return (value instanceof Number n) ? SvgChart.number(n) : (value != null) ? value.toString() : "—";
	}

	private static String yesNo(Boolean value) {
		return (value == null) ? null : value ? "合格" : "不合格";
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (char ch : text.toCharArray()) {
			switch (ch) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(ch);
			}
		}
		return out.toString();
	}

}
