package cn.govsite.content.supervision.score;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import cn.govsite.content.check.Severity;
import cn.govsite.content.column.InspectionCategory;
import cn.govsite.content.supervision.ContentFinding;
import cn.govsite.content.supervision.InteractionFacts;
import cn.govsite.content.supervision.inspection.ColumnFreshness;
import cn.govsite.content.supervision.inspection.ColumnStatus;
import cn.govsite.content.supervision.inspection.Evidence;
import cn.govsite.content.supervision.inspection.HomePageFreshness;
import cn.govsite.content.supervision.inspection.InspectionReport;
import cn.govsite.content.supervision.inspection.VetoItem;
import cn.govsite.content.supervision.inspection.VetoRule;
import cn.govsite.content.supervision.links.LinkCrawler.BrokenLink;
import cn.govsite.content.supervision.links.LinkCrawler.LinkKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Hetang rubric (seed 004 附件) as shipped, scored on worked examples built from its
 * rules: 5 per typo or broken link, 5 per late news column, 10 per late policy or
 * disclosure column, all interaction points for an unanswered letter, caps per indicator,
 * 60 passes, bonuses for adoption.
 */
class SupervisionScoreTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final Rubric rubric = Rubric.load(JsonMapper.builder().build(), Rubric.HETANG);

	private final ScoreCalculator calculator = new ScoreCalculator(this.rubric);

	private static List<Evidence> times(int n, String kind) {
		return IntStream.range(0, n)
			.mapToObj(i -> new Evidence(kind, "/x/" + i, kind + i, null, "证据" + i, "evidence " + i))
			.toList();
	}

	private Score score(Map<String, List<Evidence>> occurrences) {
		return this.calculator.score("2026-06", new ScoreFacts(occurrences, Set.of(), Map.of(), List.of()));
	}

	@Test
	void theShippedRubricIsTheHetangHundredPoints() {
		assertThat(this.rubric.id()).isEqualTo("hetang-2020");
		assertThat(this.rubric.full()).isEqualTo(100);
		assertThat(this.rubric.passMark()).isEqualTo(60);
		assertThat(this.rubric.indicators()).extracting(Rubric.Indicator::points).containsExactly(10, 30, 20, 20, 20);
		assertThat(this.rubric.indicators()).extracting(Rubric.Indicator::name)
			.containsExactly("组织保障", "信息更新情况", "内容准确", "办事服务", "互动交流栏目");
		assertThat(this.rubric.bonuses()).extracting(Rubric.Bonus::points).containsExactly(10, 5, 3);
		Rubric.Item dynamic = this.rubric.indicators().get(1).items().get(1);
		assertThat(dynamic.category()).isEqualTo(InspectionCategory.DYNAMIC_NEWS);
		assertThat(dynamic.window()).hasDays(12);
	}

	@Test
	void aCleanMonthScoresOneHundred() {
		Score score = score(Map.of());
		assertThat(score.total()).isEqualTo(100);
		assertThat(score.passed()).isTrue();
		assertThat(score.indicators()).allSatisfy(i -> assertThat(i.deducted()).isZero());
	}

	@Test
	void workedExampleTwoLateNewsColumnsOneLatePolicyColumnThreeTyposScores65() {
		Score score = score(Map.of("updates.dynamic-late", times(2, "COLUMN"), "updates.policy-late",
				times(1, "COLUMN"), "accuracy.typo", times(3, "ARTICLE")));
		assertThat(score.total()).isEqualTo(65);
		assertThat(score.passed()).isTrue();
		Score.IndicatorScore updates = score.indicators().get(1);
		assertThat(updates.deducted()).isEqualTo(20);
		assertThat(updates.items()).extracting(Score.ItemScore::deducted).containsExactly(0, 10, 10, 0);
		Score.ItemScore typos = score.indicators().get(2).items().get(1);
		assertThat(typos.occurrences()).isEqualTo(3);
		assertThat(typos.deducted()).isEqualTo(15);
		assertThat(typos.evidence()).hasSize(3).extracting(Evidence::ref).contains("/x/0", "/x/2");
	}

	@Test
	void workedExampleDeductionsAreCappedPerIndicatorAndAnUnansweredLetterTakesAllInteractionPoints() {
		Map<String, List<Evidence>> facts = new HashMap<>();
		facts.put("updates.dynamic-late", times(3, "COLUMN"));
		facts.put("updates.policy-late", times(2, "COLUMN"));
		facts.put("accuracy.typo", times(4, "ARTICLE"));
		facts.put("accuracy.broken-link", times(1, "LINK"));
		facts.put("interaction.unanswered", times(1, "MESSAGE"));
		Score score = score(facts);
		// updates 15 + 20 = 35 -> 30; accuracy 20 + 5 = 25 -> 20; interaction all 20.
		assertThat(score.indicators()).extracting(Score.IndicatorScore::deducted).containsExactly(0, 30, 20, 0, 20);
		assertThat(score.total()).isEqualTo(30);
		assertThat(score.passed()).isFalse();

		Score adopted = this.calculator.score("2026-06",
				new ScoreFacts(facts, Set.of(), Map.of("ADOPTED_CITY", times(1, "ARTICLE")), List.of()));
		assertThat(adopted.total()).isEqualTo(33);
		assertThat(adopted.bonuses()).singleElement().satisfies(b -> assertThat(b.points()).isEqualTo(3));
	}

	@Test
	void sixtyPassesAndFiftyFiveFails() {
		Map<String, List<Evidence>> facts = new HashMap<>();
		facts.put("updates.policy-late", times(3, "COLUMN"));
		facts.put("accuracy.typo", times(2, "ARTICLE"));
		assertThat(score(facts).total()).isEqualTo(60);
		assertThat(score(facts).passed()).isTrue();
		// A shortfall in news volume changes nothing: updates is already at its cap.
		facts.put("updates.dynamic-quantity", times(1, "COLUMN"));
		assertThat(score(facts).total()).isEqualTo(60);
		facts.put("accuracy.typo", times(3, "ARTICLE"));
		assertThat(score(facts).total()).isEqualTo(55);
		assertThat(score(facts).passed()).isFalse();
		facts.put("organisation.staff", times(2, "SITE"));
		assertThat(score(facts).indicators().get(0).deducted()).as("an item's own cap").isEqualTo(5);
	}

	@Test
	void aVetoMakesTheMonthUnqualifiedWithoutScoringTheRest() {
		VetoItem veto = new VetoItem(VetoRule.BLANK_COLUMNS, "空白栏目", "blank", times(5, "COLUMN"));
		Score score = this.calculator.score("2026-06",
				new ScoreFacts(Map.of("accuracy.typo", times(1, "ARTICLE")), Set.of(), Map.of(), List.of(veto)));
		assertThat(score.vetoed()).isTrue();
		assertThat(score.passed()).isFalse();
		assertThat(score.total()).isZero();
		assertThat(score.indicators()).isEmpty();
		assertThat(score.vetoes()).singleElement().satisfies(v -> assertThat(v.evidence()).hasSize(5));
	}

	private static InspectionReport report(LocalDate day, List<ColumnFreshness> columns, List<ContentFinding> findings,
			List<VetoItem> vetoes) {
		return report(day, columns, findings, null, vetoes);
	}

	private static InspectionReport report(LocalDate day, List<ColumnFreshness> columns, List<ContentFinding> findings,
			List<BrokenLink> brokenLinks, List<VetoItem> vetoes) {
		Instant at = day.atTime(10, 0).atZone(ZONE).toInstant();
		return new InspectionReport(7, "hetang", "荷塘区", day, at, new HomePageFreshness(at, day.plusDays(15), false),
				columns, InteractionFacts.Channel.UNKNOWN, null, null, findings, brokenLinks, vetoes.isEmpty(), vetoes,
				List.of());
	}

	@Test
	void brokenLinksFromTheCrawlDeductFivePointsEachWithTheirPage() {
		LocalDate day = LocalDate.of(2026, 6, 20);
		List<BrokenLink> broken = List.of(
				new BrokenLink("https://x.gov.cn/missing.html", "https://x.gov.cn/", LinkKind.PAGE, 404, null),
				new BrokenLink("https://old.example.cn/", "https://x.gov.cn/a.html", LinkKind.EXTERNAL, 0, "timeout"));
		ScoreFacts facts = new MonthFacts(this.rubric, ZONE)
			.of(List.of(report(day, List.of(), List.of(), broken, List.of())));
		assertThat(facts.notAssessed()).doesNotContain("accuracy.broken-link");
		assertThat(facts.occurrences().get("accuracy.broken-link")).hasSize(2).first().satisfies(e -> {
			assertThat(e.ref()).isEqualTo("https://x.gov.cn/missing.html");
			assertThat(e.detailZh()).contains("HTTP 404").contains("https://x.gov.cn/");
		});
		assertThat(this.calculator.score("2026-06", facts).total()).isEqualTo(90);
		ScoreFacts noCrawl = new MonthFacts(this.rubric, ZONE)
			.of(List.of(report(day, List.of(), List.of(), List.of())));
		assertThat(noCrawl.notAssessed()).contains("accuracy.broken-link");
	}

	private static ColumnFreshness column(long id, InspectionCategory category, LocalDate last, ColumnStatus status) {
		return new ColumnFreshness(id, "栏目" + id, category, "区政府办", null, status, (last != null) ? 1 : 0,
				(last != null) ? last.atTime(9, 0).atZone(ZONE).toInstant() : null, null, null, null, false);
	}

	@Test
	void aMonthsInspectionsBecomeFactsALateColumnCountsOnce() {
		LocalDate d10 = LocalDate.of(2026, 6, 10);
		LocalDate d20 = LocalDate.of(2026, 6, 20);
		List<ColumnFreshness> early = List.of(
				column(1, InspectionCategory.DYNAMIC_NEWS, d10.minusDays(13), ColumnStatus.FRESH),
				column(2, InspectionCategory.DYNAMIC_NEWS, d10.minusDays(12), ColumnStatus.FRESH),
				column(3, InspectionCategory.POLICY_DOCUMENTS, d10.minusMonths(5), ColumnStatus.FRESH),
				column(4, InspectionCategory.DISCLOSURE, null, ColumnStatus.BLANK));
		List<ColumnFreshness> later = List.of(
				column(1, InspectionCategory.DYNAMIC_NEWS, d10.minusDays(13), ColumnStatus.STALE),
				column(2, InspectionCategory.DYNAMIC_NEWS, d20.minusDays(1), ColumnStatus.FRESH),
				column(3, InspectionCategory.POLICY_DOCUMENTS, d10.minusMonths(5), ColumnStatus.FRESH),
				column(4, InspectionCategory.DISCLOSURE, null, ColumnStatus.BLANK));
		ContentFinding typo = new ContentFinding(9, 1, "工作动态", "typo", Severity.WARNING, "按装", "应为“安装”",
				"Should be 安装");
		ContentFinding sameTypoAgain = new ContentFinding(9, 1, "工作动态", "typo", Severity.WARNING, "按装", "应为“安装”",
				"Should be 安装");
		List<InspectionReport> month = new ArrayList<>(List.of(report(d10, early, List.of(), List.of()),
				report(d20, later, List.of(typo, sameTypoAgain), List.of())));

		ScoreFacts facts = new MonthFacts(this.rubric, ZONE).of(month);
		assertThat(facts.occurrences().get("updates.dynamic-late")).singleElement()
			.satisfies(e -> assertThat(e.ref()).isEqualTo("/columns/1"));
		assertThat(facts.occurrences()).doesNotContainKey("updates.policy-late");
		assertThat(facts.occurrences().get("updates.disclosure-late")).singleElement()
			.satisfies(e -> assertThat(e.ref()).isEqualTo("/columns/4"));
		assertThat(facts.occurrences().get("accuracy.typo")).hasSize(1);
		assertThat(facts.notAssessed()).contains("interaction.unanswered", "interaction.late", "accuracy.broken-link",
				"organisation.staff", "service.item-error");

		Score score = this.calculator.score("2026-06", facts);
		// 5 (news) + 10 (disclosure) + 5 (typo).
		assertThat(score.total()).isEqualTo(80);
		assertThat(score.notAssessed()).contains("interaction.unanswered");

		VetoItem veto = new VetoItem(VetoRule.HOME_PAGE_STALE, "首页", "home", List.of());
		month.add(report(LocalDate.of(2026, 6, 25), later, List.of(), List.of(veto)));
		assertThat(this.calculator.score("2026-06", new MonthFacts(this.rubric, ZONE).of(month)).vetoed()).isTrue();
	}

}
