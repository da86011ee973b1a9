package cn.govsite.content.supervision.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.govsite.content.supervision.report.PlatformReport.RankLine;

/**
 * A report as an Excel workbook (Apache POI): a summary sheet comparing the period with
 * the one before, then one sheet per table. Numbers are numeric cells so a reader can
 * sort and sum them; unknown values are left empty.
 */
final class ReportWorkbook {

	static final String SUMMARY = "概要 Summary";

	static final String RANKING = "排名 Ranking";

	static final String VETOES = "否决 Vetoes";

	static final String DISTRIBUTION = "分布 Distribution";

	static final String COLUMNS = "栏目 Columns";

	static final String DAILY = "每日 Daily";

	static final String SCORES = "得分 Scores";

	static final String PUBLISHED = "发布 Published";

	private static final List<String> COMPARE = List.of("指标 Figure", "本期 This period", "上期 Previous", "变化 Change");

	private ReportWorkbook() {
	}

	static byte[] platform(PlatformReport r) {
		return write(book -> {
			PlatformReport.Totals c = r.current();
			PlatformReport.Totals p = r.previous();
			PlatformReport.Change t = r.trend();
			Sheet summary = book.sheet(SUMMARY, "全平台网站检查通报（" + r.periodZh() + "）", COMPARE);
			book.row(summary, "平台站点 Sites", r.sitesKnown(), null, null);
			book.row(summary, "检查站点 Inspected", c.sitesInspected(), p.sitesInspected(), t.sitesInspected());
			book.row(summary, "合格 Qualified", c.qualifiedSites(), p.qualifiedSites(), null);
			book.row(summary, "不合格 Unqualified", c.unqualifiedSites(), p.unqualifiedSites(), t.unqualifiedSites());
			book.row(summary, "平均得分 Mean score", c.scoreMean(), p.scoreMean(), t.scoreMean());
			book.row(summary, "未更新栏目 Stale columns", c.staleColumns(), p.staleColumns(), t.staleColumns());
			book.row(summary, "空白栏目 Blank columns", c.blankColumns(), p.blankColumns(), t.blankColumns());
			book.row(summary, "错断链 Broken links", c.brokenLinks(), p.brokenLinks(), t.brokenLinks());
			book.row(summary, "超期未回应留言 Overdue messages", c.overdueMessages(), p.overdueMessages(),
					t.overdueMessages());
			Sheet ranking = book.sheet(RANKING, null,
					List.of("排名 Rank", "站点 Site", "代码 Code", "得分 Score", "较上期 Change", "合格 Qualified",
							"不合格天数 Unqualified days", "未更新栏目 Stale", "空白栏目 Blank", "错断链 Broken links", "超期留言 Overdue"));
			for (RankLine l : r.ranking()) {
				book.row(ranking, l.rank(), l.siteName(), l.siteCode(), l.score(), l.scoreChange(),
						yesNo(l.qualified()), l.unqualifiedDays(), l.staleColumns(), l.blankColumns(), l.brokenLinks(),
						l.overdueMessages());
			}
			Sheet vetoes = book.sheet(VETOES, null, List.of("否决项", "Rule", "涉及站点 Sites", "证据 Evidence"));
			r.vetoes().forEach(v -> book.row(vetoes, v.zh(), v.en(), v.sites(), v.evidence()));
			Sheet distribution = book.sheet(DISTRIBUTION, null, List.of("分数段 Band", "站点 Sites"));
			r.distribution().forEach(b -> book.row(distribution, b.label(), b.sites()));
		});
	}

	static byte[] site(SiteReport r) {
		return write(book -> {
			SiteReport.Summary c = r.current();
			SiteReport.Summary p = r.previous();
			SiteReport.Trend t = r.trend();
			Sheet summary = book.sheet(SUMMARY, r.siteName() + " 网站检查报告（" + r.periodZh() + "）", COMPARE);
			book.row(summary, "检查天数 Days inspected", c.inspectionDays(), p.inspectionDays(), null);
			book.row(summary, "合格 Qualified", yesNo(c.qualified()), yesNo(p.qualified()), null);
			book.row(summary, "不合格天数 Unqualified days", c.unqualifiedDays(), p.unqualifiedDays(), t.unqualifiedDays());
			book.row(summary, "得分 Score", c.score(), p.score(), t.score());
			book.row(summary, "未更新栏目 Stale columns", c.staleColumns(), p.staleColumns(), t.staleColumns());
			book.row(summary, "空白栏目 Blank columns", c.blankColumns(), p.blankColumns(), t.blankColumns());
			book.row(summary, "错断链 Broken links", c.brokenLinks(), p.brokenLinks(), t.brokenLinks());
			book.row(summary, "超期未回应留言 Overdue messages", c.overdueMessages(), p.overdueMessages(),
					t.overdueMessages());
			book.row(summary, "发布信息 Items published", r.itemsPublished(), null, null);
			book.row(summary, "收到留言 Messages received", r.messages().received(), null, null);
			book.row(summary, "答复留言 Messages answered", r.messages().answered(), null, null);
			book.row(summary, "逾期办理 Replies late", r.messages().overdue(), null, null);
			Sheet vetoes = book.sheet(VETOES, null, List.of("否决项", "Rule", "天数 Days", "证据 Evidence"));
			r.vetoes().forEach(v -> book.row(vetoes, v.zh(), v.en(), v.days(), v.evidence()));
			Sheet columns = book.sheet(COLUMNS, null,
					List.of("栏目 Column", "状态 Status", "未更新天数 Days silent", "责任单位 Unit"));
			r.columns()
				.forEach(col -> book.row(columns, col.name(), col.status(), col.daysSilent(), col.responsibleUnit()));
			Sheet daily = book.sheet(DAILY, null,
					List.of("日期 Day", "合格 Qualified", "未更新栏目 Stale", "空白栏目 Blank", "错断链 Broken links", "否决项 Vetoes"));
			r.days()
				.forEach(d -> book.row(daily, d.day(), yesNo(d.qualified()), d.staleColumns(), d.blankColumns(),
						d.brokenLinks(), d.vetoes()));
			Sheet published = book.sheet(PUBLISHED, null, List.of("栏目类别 Category", "代码 Code", "信息 Items"));
			r.published().forEach(count -> book.row(published, count.label(), count.category(), count.items()));
			Sheet scores = book.sheet(SCORES, null, List.of("月份 Month", "得分 Score", "及格 Passed", "否决 Vetoed"));
			r.scores().forEach(s -> book.row(scores, s.month(), s.total(), s.passed(), s.vetoed()));
		});
	}

	private static String yesNo(Boolean value) {
		return (value == null) ? null : value ? "合格" : "不合格";
	}

	private static byte[] write(java.util.function.Consumer<Book> fill) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fill.accept(new Book(workbook));
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes rows under a bold header, the next row after the last. */
	private static final class Book {

		private final XSSFWorkbook workbook;

		private final CellStyle bold;

		Book(XSSFWorkbook workbook) {
			this.workbook = workbook;
			Font font = workbook.createFont();
			font.setBold(true);
			this.bold = workbook.createCellStyle();
			this.bold.setFont(font);
		}

		Sheet sheet(String name, String title, List<String> head) {
			Sheet sheet = this.workbook.createSheet(name);
			if (title != null) {
				Cell cell = sheet.createRow(0).createCell(0);
				cell.setCellValue(title);
				cell.setCellStyle(this.bold);
			}
			Row header = sheet.createRow(sheet.getPhysicalNumberOfRows());
			for (int i = 0; i < head.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(head.get(i));
				cell.setCellStyle(this.bold);
				sheet.setColumnWidth(i, (i == 0) ? 32 * 256 : 16 * 256);
			}
			sheet.createFreezePane(0, header.getRowNum() + 1);
			return sheet;
		}

		void row(Sheet sheet, Object... values) {
			Row row = sheet.createRow(sheet.getLastRowNum() + 1);
			for (int i = 0; i < values.length; i++) {
				Object value = values[i];
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(i);
				switch (value) {
					case Number n -> cell.setCellValue(n.doubleValue());
					case Boolean b -> cell.setCellValue(b);
					default -> cell.setCellValue(value.toString());
				}
			}
		}

	}

}
