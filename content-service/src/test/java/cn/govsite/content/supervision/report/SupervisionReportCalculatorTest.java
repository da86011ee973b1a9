package cn.govsite.content.supervision.report;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.content.supervision.inspection.VetoRule;
import cn.govsite.content.supervision.report.DayFacts.VetoFact;
import cn.govsite.content.supervision.report.PlatformReport.RankLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A worked example of May 2026 against April: four sites with known inspections and
 * scores, and the figures a supervisor would compute by hand.
 */
class SupervisionReportCalculatorTest {

	private static final ReportPeriod MAY = ReportPeriod.parse("period", "2026-05");

	private final ReportCalculator calculator = new ReportCalculator();

	private static DayFacts day(String day, int stale, int blank, Integer broken, VetoFact... vetoes) {
		int overdue = List.of(vetoes)
			.stream()
			.filter(v -> v.rule() == VetoRule.MESSAGE_UNANSWERED)
			.mapToInt(v -> v.evidence().size())
			.sum();
		return new DayFacts(LocalDate.parse(day), vetoes.length == 0, stale, blank, broken, overdue, List.of(vetoes));
	}

	private static VetoFact blank(String... columns) {
		return new VetoFact(VetoRule.BLANK_COLUMNS, List.of(columns));
	}

	private static SitePeriodFacts facts(long id, String code, List<DayFacts> days, MonthScore... scores) {
		return new SitePeriodFacts(id, code, code + "网站", days, List.of(scores), List.of(), MessageCounts.NONE,
				List.of());
	}

	private static MonthScore score(String month, int total) {
		return new MonthScore(month, total, total >= 60, total == 0);
	}

	// A: healthy both months, 88 -> 92, one more stale column and two more broken links.
	private final SitePeriodFacts aMay = facts(1, "a-fgw",
			List.of(day("2026-05-01", 1, 0, null), day("2026-05-02", 0, 0, null), day("2026-05-03", 2, 0, 3)),
			score("2026-05", 92));

	private final SitePeriodFacts aApril = facts(1, "a-fgw",
			List.of(day("2026-04-29", 1, 0, 1), day("2026-04-30", 1, 0, null)), score("2026-04", 88));

	// B: new this month, vetoed on both days; six blank columns in all (c1-c4 on both
	// days), and one message three months unanswered on the second day.
	private final SitePeriodFacts bMay = facts(
			2, "b-wjj", List.of(
					day("2026-05-01", 0, 5, null,
							blank("COLUMN:/columns/1", "COLUMN:/columns/2", "COLUMN:/columns/3", "COLUMN:/columns/4",
									"COLUMN:/columns/5")),
					day("2026-05-02", 0, 5, null,
							blank("COLUMN:/columns/1", "COLUMN:/columns/2", "COLUMN:/columns/3", "COLUMN:/columns/4",
									"COLUMN:/columns/6"),
							new VetoFact(VetoRule.MESSAGE_UNANSWERED, List.of("MESSAGE:/messages/9")))),
			score("2026-05", 0));

	private final SitePeriodFacts bApril = facts(2, "b-wjj", List.of());

	// C: vetoed in April (score 0), 92 in May: ties with A.
	private final SitePeriodFacts cMay = facts(3, "c-jyj", List.of(day("2026-05-10", 0, 1, null)),
			score("2026-05", 92));

	private final SitePeriodFacts cApril = facts(3, "c-jyj",
			List.of(day("2026-04-10", 3, 0, null, new VetoFact(VetoRule.HOME_PAGE_STALE, List.of("SITE:c")))),
			score("2026-04", 0));

	// D: inspected in April only.
	private final SitePeriodFacts dMay = facts(4, "d-sfj", List.of());

	private final SitePeriodFacts dApril = facts(4, "d-sfj", List.of(day("2026-04-15", 0, 0, null)),
			score("2026-04", 75));

	private List<SiteReport> sites() {
		return List.of(this.calculator.site(MAY, this.aMay, this.aApril),
				this.calculator.site(MAY, this.bMay, this.bApril), this.calculator.site(MAY, this.cMay, this.cApril),
				this.calculator.site(MAY, this.dMay, this.dApril));
	}

	@Test
	void aSiteReportSummarisesItsLastInspectionAndComparesWithTheMonthBefore() {
		SiteReport a = this.calculator.site(MAY, this.aMay, this.aApril);
		assertThat(a.period()).isEqualTo("2026-05");
		assertThat(a.periodZh()).isEqualTo("2026年5月");
		assertThat(a.current()).isEqualTo(new SiteReport.Summary(3, true, 0, 92.0, 2, 0, 3, 0));
		assertThat(a.previous()).isEqualTo(new SiteReport.Summary(2, true, 0, 88.0, 1, 0, 1, 0));
		assertThat(a.trend()).isEqualTo(new SiteReport.Trend(4.0, 0, 1, 0, 2, 0));
		assertThat(a.vetoes()).isEmpty();
		assertThat(a.days()).hasSize(3);

		SiteReport b = this.calculator.site(MAY, this.bMay, this.bApril);
		assertThat(b.current()).isEqualTo(new SiteReport.Summary(2, false, 2, 0.0, 0, 5, null, 1));
		assertThat(b.previous().inspected()).isFalse();
		assertThat(b.trend()).isEqualTo(new SiteReport.Trend(null, null, null, null, null, null));
		assertThat(b.vetoes())
			.extracting(SiteReport.VetoLine::rule, SiteReport.VetoLine::days, SiteReport.VetoLine::evidence)
			.containsExactly(tuple(VetoRule.BLANK_COLUMNS, 2, 6), tuple(VetoRule.MESSAGE_UNANSWERED, 1, 1));
	}

	@Test
	void thePlatformReportCountsScoresRanksAndVetoesAcrossSites() {
		PlatformReport report = this.calculator.platform(MAY, 4, sites());

		assertThat(report.sitesKnown()).isEqualTo(4);
		// May: A, B, C inspected; B vetoed; mean (92 + 0 + 92) / 3 = 61.3.
		assertThat(report.current()).isEqualTo(new PlatformReport.Totals(3, 2, 1, 3, 61.3, 2, 6, 3, 1));
		// April: A, C, D inspected; C vetoed; mean (88 + 0 + 75) / 3 = 54.3.
		assertThat(report.previous()).isEqualTo(new PlatformReport.Totals(3, 2, 1, 3, 54.3, 4, 0, 1, 0));
		assertThat(report.trend()).isEqualTo(new PlatformReport.Change(0, 0, 7.0, -2, 6, 2, 1));

		assertThat(report.distribution()).extracting(PlatformReport.Bucket::label, PlatformReport.Bucket::sites)
			.containsExactly(tuple("90–100", 2), tuple("80–89", 0), tuple("70–79", 0), tuple("60–69", 0),
					tuple("0–59", 1));

		// A and C tie at 92 and share first place; B comes third. D was not inspected.
		assertThat(report.ranking())
			.extracting(RankLine::rank, RankLine::siteCode, RankLine::score, RankLine::scoreChange)
			.containsExactly(tuple(1, "a-fgw", 92.0, 4.0), tuple(1, "c-jyj", 92.0, 92.0), tuple(3, "b-wjj", 0.0, null));

		assertThat(report.vetoes())
			.extracting(PlatformReport.VetoLine::rule, PlatformReport.VetoLine::sites,
					PlatformReport.VetoLine::evidence)
			.containsExactly(tuple(VetoRule.BLANK_COLUMNS, 1, 6), tuple(VetoRule.MESSAGE_UNANSWERED, 1, 1));
	}

	@Test
	void aQuarterOrYearScoreIsTheMeanOfItsMonths() {
		ReportPeriod q2 = ReportPeriod.parse("period", "2026-Q2");
		SitePeriodFacts quarter = facts(1, "a-fgw", List.of(day("2026-06-30", 0, 0, null)), score("2026-04", 88),
				score("2026-05", 92), score("2026-06", 81));
		assertThat(this.calculator.site(q2, quarter, facts(1, "a-fgw", List.of())).current().score()).isEqualTo(87.0);
	}

	@Test
	void periodsReadAsMonthsQuartersAndYearsWithTheirPredecessors() {
		ReportPeriod q4 = ReportPeriod.parse("period", "2026-Q4");
		assertThat(q4.start()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(q4.end()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(q4.months()).hasSize(3);
		assertThat(q4.labelZh()).isEqualTo("2026年第四季度");
		assertThat(ReportPeriod.parse("period", "2026-Q1").previous()).hasToString("2025-Q4");
		assertThat(ReportPeriod.parse("period", "2026-01").previous()).hasToString("2025-12");
		assertThat(ReportPeriod.parse("period", "2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
		ReportPeriod year = ReportPeriod.parse("period", "2026");
		assertThat(year.months()).hasSize(12);
		assertThat(year.previous()).hasToString("2025");
		assertThat(year.labelZh()).isEqualTo("2026年度");
	}

	@Test
	void badPeriodsAreValidationProblemsNamingTheField() {
		for (String bad : new String[] { "2026-13", "2026-00", "2026-Q5", "2026-1", "26-01", "2026-05-01", "", "  ",
				"1999", "latest", null }) {
			assertThatExceptionOfType(GovsiteException.class).as(bad)
				.isThrownBy(() -> ReportPeriod.parse("period", bad))
				.satisfies(ex -> assertThat(ex.violations()).singleElement()
					.satisfies(v -> assertThat(v.field()).isEqualTo("period")));
		}
	}

}
