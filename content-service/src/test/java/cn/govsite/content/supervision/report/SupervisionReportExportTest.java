package cn.govsite.content.supervision.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.govsite.content.supervision.inspection.VetoRule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports without Spring: names are escaped in the HTML, the charts have one bar per
 * band, and unknown values stay empty in the workbook instead of reading as 0.
 */
class SupervisionReportExportTest {

	private static final ReportPeriod MAY = ReportPeriod.parse("period", "2026-05");

	private final ReportCalculator calculator = new ReportCalculator();

	private SiteReport site(long id, String name, int score, boolean vetoed) {
		List<DayFacts.VetoFact> vetoes = vetoed
				? List.of(new DayFacts.VetoFact(VetoRule.HOME_PAGE_STALE, List.of("SITE:" + id))) : List.of();
		SitePeriodFacts facts = new SitePeriodFacts(id, "s" + id, name,
				List.of(new DayFacts(LocalDate.of(2026, 5, 3), !vetoed, 1, 0, null, 0, vetoes)),
				List.of(new MonthScore("2026-05", score, score >= 60, vetoed)),
				List.of(new ColumnLine(7, "工作动态", "STALE", 20L, "区政府办")), MessageCounts.NONE,
				List.of(new CategoryCount("DYNAMIC_NEWS", "动态要闻", 3), new CategoryCount(null, "未分类", 1)));
		SitePeriodFacts none = new SitePeriodFacts(id, "s" + id, name, List.of(), List.of(), List.of(),
				MessageCounts.NONE, List.of());
		return this.calculator.site(MAY, facts, none);
	}

	@Test
	void htmlEscapesNamesAndDrawsOneBarPerBand() {
		PlatformReport report = this.calculator.platform(MAY, 2,
				List.of(site(1, "<script>alert('x')</script>&局", 95, false), site(2, "荷塘区民政局", 0, true)));
		String html = ReportHtml.platform(report);
		assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;局");
		String distribution = html.substring(html.indexOf("得分分布"), html.indexOf("</svg>", html.indexOf("得分分布")));
		assertThat(distribution.split("<rect", -1)).hasSize(ReportCalculator.BANDS.size() + 1);
		assertThat(html).doesNotContain("null");
	}

	@Test
	void theSiteWorkbookLeavesUnknownValuesEmpty() throws IOException {
		SiteReport report = site(1, "荷塘区发改局", 88, false);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReportWorkbook.site(report)))) {
			Sheet summary = book.getSheet(ReportWorkbook.SUMMARY);
			var score = summary.getRow(5);
			assertThat(score.getCell(0).getStringCellValue()).isEqualTo("得分 Score");
			assertThat(score.getCell(1).getNumericCellValue()).isEqualTo(88);
			assertThat(score.getCell(2)).as("no score the month before").isNull();
			assertThat(score.getCell(3)).isNull();
			Sheet columns = book.getSheet(ReportWorkbook.COLUMNS);
			assertThat(columns.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(columns.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(20);
			assertThat(book.getSheet(ReportWorkbook.DAILY).getRow(1).getCell(4)).as("no crawl that day").isNull();
		}
		assertThat(ReportHtml.site(report)).contains("<svg", "<polyline", "工作动态", "区政府办", "动态要闻");
		assertThat(report.itemsPublished()).isEqualTo(4);
	}

}
