package cn.govsite.content.supervision.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.govsite.content.check.Severity;
import cn.govsite.content.column.CycleKind;
import cn.govsite.content.column.InspectionCategory;
import cn.govsite.content.column.UpdateCycle;
import cn.govsite.content.supervision.ColumnFact;
import cn.govsite.content.supervision.ContentFinding;
import cn.govsite.content.supervision.InteractionFacts;
import cn.govsite.content.supervision.InteractionFacts.Channel;
import cn.govsite.content.supervision.InteractionFacts.PendingMessage;
import cn.govsite.content.supervision.SecurityFacts;
import cn.govsite.content.supervision.SupervisionProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** Sites built in each single-veto condition, judged on a fixed day. */
class SupervisionInspectorTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** The inspection day: 2026-06-30 10:00 Beijing time. */
	private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 6, 30, 10, 0, 0, 0, ZONE);

	private final Inspector inspector = new Inspector(SupervisionProperties.defaults());

	private long ids = 1;

	private static Instant daysAgo(int days) {
		return NOW.minusDays(days).toInstant();
	}

	private ColumnFact column(String name, InspectionCategory category, UpdateCycle cycle, int items, Instant last) {
		long id = this.ids++;
		return new ColumnFact(id, name, "c" + id, category, cycle, "区政府办", false, false, items, last);
	}

	private ColumnFact news(int silentDays) {
		return column("工作动态", InspectionCategory.DYNAMIC_NEWS, null, 3, daysAgo(silentDays));
	}

	private static InteractionFacts.Snapshot interactionOk() {
		return new InteractionFacts.Snapshot(Channel.WORKING, List.of(), List.of());
	}

	private SiteInput site(List<ColumnFact> columns) {
		return new SiteInput(7, "hetang", "荷塘区政府", columns, daysAgo(1), interactionOk(), List.of());
	}

	/** A healthy site: news fresh, notices within 6 months, a static page. */
	private List<ColumnFact> healthyColumns() {
		List<ColumnFact> columns = new ArrayList<>();
		columns.add(news(3));
		columns.add(column("通知公告", InspectionCategory.NOTICES, null, 5, daysAgo(100)));
		columns.add(column("政策文件", InspectionCategory.POLICY_DOCUMENTS, null, 8, daysAgo(30)));
		columns.add(column("机构职能", InspectionCategory.STATIC, UpdateCycle.of(CycleKind.ON_CHANGE, 0), 1, daysAgo(900)));
		columns.add(new ColumnFact(this.ids++, "政务服务", "zwfw", InspectionCategory.SERVICE, null, null, true, false, 0,
				null));
		return columns;
	}

	@Test
	void aHealthySitePasses() {
		InspectionReport report = this.inspector.inspect(site(healthyColumns()), NOW.toInstant());
		assertThat(report.qualified()).isTrue();
		assertThat(report.vetoes()).isEmpty();
		assertThat(report.unknownChecks()).isEmpty();
		assertThat(report.inspectedOn()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(report.columns()).extracting(ColumnFreshness::status)
			.containsExactly(ColumnStatus.FRESH, ColumnStatus.FRESH, ColumnStatus.FRESH, ColumnStatus.NOT_JUDGED,
					ColumnStatus.NOT_JUDGED);
		assertThat(report.columns().get(0).staleOn()).isEqualTo(LocalDate.of(2026, 7, 12));
		assertThat(report.columns().get(0).limitSource()).isEqualTo("NATIONAL");
		assertThat(report.brokenLinks()).as("no crawl made").isNull();
	}

	@Test
	void aColumnIsHeldToItsOwnCycleWhenThatIsShorter() {
		ColumnFact weekly = column("要闻", InspectionCategory.DYNAMIC_NEWS, UpdateCycle.of(CycleKind.WEEKLY, 0), 2,
				daysAgo(8));
		ColumnFact quarterly = column("规划计划", InspectionCategory.DISCLOSURE, UpdateCycle.parse("每季度更新").get(), 2,
				daysAgo(80));
		InspectionReport report = this.inspector.inspect(site(List.of(weekly, quarterly)), NOW.toInstant());
		ColumnFreshness first = report.columns().get(0);
		assertThat(first.status()).isEqualTo(ColumnStatus.STALE);
		assertThat(first.limitSource()).isEqualTo("CYCLE");
		assertThat(first.nationallyStale()).isFalse();
		assertThat(first.daysSilent()).isEqualTo(8);
		assertThat(report.columns().get(1).status()).isEqualTo(ColumnStatus.FRESH);
		assertThat(report.columns().get(1).limitSource()).isEqualTo("CYCLE");
		assertThat(report.qualified()).isTrue();
	}

	@Test
	void newsIsStaleFromTheFifteenthDay() {
		InspectionReport at14 = this.inspector.inspect(site(List.of(news(14))), NOW.toInstant());
		InspectionReport at15 = this.inspector.inspect(site(List.of(news(15))), NOW.toInstant());
		assertThat(at14.columns().get(0).status()).isEqualTo(ColumnStatus.FRESH);
		assertThat(at15.columns().get(0).status()).isEqualTo(ColumnStatus.STALE);
		assertThat(at15.columns().get(0).nationallyStale()).isTrue();
	}

	@Test
	void homePageSilentForTwoWeeksIsVetoed() {
		SiteInput stale = new SiteInput(7, "hetang", "荷塘区政府", healthyColumns(), daysAgo(15), interactionOk(),
				List.of());
		InspectionReport report = this.inspector.inspect(stale, NOW.toInstant());
		assertThat(report.qualified()).isFalse();
		assertThat(report.vetoes()).extracting(VetoItem::rule).containsExactly(VetoRule.HOME_PAGE_STALE);
		Evidence evidence = report.vetoes().get(0).evidence().get(0);
		assertThat(evidence.kind()).isEqualTo("SITE");
		assertThat(evidence.at()).isEqualTo(daysAgo(15));

		SiteInput never = new SiteInput(7, "hetang", "荷塘区政府", List.of(), null, interactionOk(), List.of());
		assertThat(this.inspector.inspect(never, NOW.toInstant()).vetoes()).extracting(VetoItem::rule)
			.containsExactly(VetoRule.HOME_PAGE_STALE);
	}

	@Test
	void oneNewsNoticeOrPolicyColumnPastItsNationalLimitIsVetoed() {
		// 第十九条: any news column silent for 2 weeks, or notice/policy column for 6
		// months, vetoes the site on its own; only should-update and blank columns count.
		InspectionReport newsLate = this.inspector.inspect(site(List.of(news(15))), NOW.toInstant());
		assertThat(newsLate.qualified()).isFalse();
		assertThat(newsLate.vetoes()).extracting(VetoItem::rule).containsExactly(VetoRule.STALE_KEY_COLUMNS);

		List<ColumnFact> columns = new ArrayList<>(healthyColumns());
		assertThat(this.inspector.inspect(site(columns), NOW.toInstant()).qualified()).isTrue();
		columns.add(column("政策文件", InspectionCategory.POLICY_DOCUMENTS, null, 2, daysAgo(190)));
		InspectionReport policyLate = this.inspector.inspect(site(columns), NOW.toInstant());
		assertThat(policyLate.qualified()).isFalse();
		assertThat(policyLate.vetoes()).extracting(VetoItem::rule).containsExactly(VetoRule.STALE_KEY_COLUMNS);
		List<Evidence> evidence = policyLate.vetoes().get(0).evidence();
		assertThat(evidence).singleElement().satisfies(e -> {
			assertThat(e.ref()).startsWith("/columns/");
			assertThat(e.label()).isEqualTo("政策文件");
			assertThat(e.detailZh()).contains("190 天未更新");
		});
	}

	@Test
	void theKeyColumnThresholdIsOneSetting() {
		SupervisionProperties d = SupervisionProperties.defaults();
		SupervisionProperties lenient = new SupervisionProperties(d.zone(), d.newsLimit(), d.noticeLimit(),
				d.homePageLimit(), d.unansweredLimit(), 5, d.staleColumnsVeto(), d.blankColumnsVeto(), d.vetoRules(),
				d.warningDays(), d.inspectionCron(), d.scoreCron());
		List<ColumnFact> four = new ArrayList<>(healthyColumns());
		for (int i = 0; i < 4; i++) {
			four.add(news(20));
		}
		assertThat(new Inspector(lenient).inspect(site(four), NOW.toInstant()).qualified()).isTrue();
		assertThat(this.inspector.inspect(site(four), NOW.toInstant()).vetoes()).singleElement()
			.satisfies(v -> assertThat(v.evidence()).hasSize(4));
	}

	@Test
	void tenStaleShouldUpdateColumnsAreVetoed() {
		List<ColumnFact> columns = new ArrayList<>(healthyColumns());
		for (int i = 0; i < 9; i++) {
			columns.add(column("统计数据" + i, InspectionCategory.DISCLOSURE, UpdateCycle.of(CycleKind.MONTHLY, 0), 4,
					daysAgo(40)));
		}
		assertThat(this.inspector.inspect(site(columns), NOW.toInstant()).qualified()).isTrue();
		columns
			.add(column("财政预决算", InspectionCategory.DISCLOSURE, UpdateCycle.of(CycleKind.YEARLY, 0), 1, daysAgo(400)));
		InspectionReport report = this.inspector.inspect(site(columns), NOW.toInstant());
		assertThat(report.qualified()).isFalse();
		assertThat(report.vetoes()).extracting(VetoItem::rule).containsExactly(VetoRule.STALE_COLUMNS);
		assertThat(report.vetoes().get(0).evidence()).hasSize(10)
			.extracting(Evidence::label)
			.contains("统计数据0", "财政预决算");
	}

	@Test
	void fiveBlankColumnsAreVetoedContainersAndLinksAreNotBlank() {
		List<ColumnFact> columns = new ArrayList<>(healthyColumns());
		for (int i = 0; i < 4; i++) {
			columns.add(column("空栏目" + i, InspectionCategory.DISCLOSURE, null, 0, null));
		}
		columns.add(new ColumnFact(this.ids++, "政务公开", "zwgk", null, null, null, false, true, 0, null));
		columns.add(new ColumnFact(this.ids++, "外链", "wl", null, null, null, true, false, 0, null));
		assertThat(this.inspector.inspect(site(columns), NOW.toInstant()).qualified()).isTrue();
		columns.add(column("人事信息", InspectionCategory.DISCLOSURE, null, 0, null));
		InspectionReport report = this.inspector.inspect(site(columns), NOW.toInstant());
		assertThat(report.vetoes()).extracting(VetoItem::rule).containsExactly(VetoRule.BLANK_COLUMNS);
		assertThat(report.vetoes().get(0).evidence()).hasSize(5)
			.allSatisfy(e -> assertThat(e.detailZh()).startsWith("空白栏目"));
	}

	@Test
	void noConsultationChannelIsVetoedAndUnknownInteractionIsReported() {
		SiteInput none = new SiteInput(7, "hetang", "荷塘区政府", healthyColumns(), daysAgo(1),
				new InteractionFacts.Snapshot(Channel.NOT_WORKING, List.of(), List.of()), List.of());
		InspectionReport report = this.inspector.inspect(none, NOW.toInstant());
		assertThat(report.vetoes()).extracting(VetoItem::rule).containsExactly(VetoRule.NO_CONSULTATION_CHANNEL);
		assertThat(report.vetoes().get(0).evidence().get(0).kind()).isEqualTo("CHANNEL");

		SiteInput unknown = new SiteInput(7, "hetang", "荷塘区政府", healthyColumns(), daysAgo(1),
				InteractionFacts.Snapshot.unknown(), List.of());
		InspectionReport unknownReport = this.inspector.inspect(unknown, NOW.toInstant());
		assertThat(unknownReport.qualified()).isTrue();
		assertThat(unknownReport.unknownChecks()).containsExactly(VetoRule.NO_CONSULTATION_CHANNEL,
				VetoRule.MESSAGE_UNANSWERED);
	}

	@Test
	void aMessageUnansweredForThreeMonthsIsVetoed() {
		PendingMessage recent = new PendingMessage(11, "道路维修咨询", NOW.minusMonths(2).toInstant());
		PendingMessage old = new PendingMessage(12, "低保办理", NOW.minusMonths(3).minusDays(1).toInstant());
		SiteInput recentOnly = new SiteInput(7, "hetang", "荷塘区政府", healthyColumns(), daysAgo(1),
				new InteractionFacts.Snapshot(Channel.WORKING, List.of(recent), List.of()), List.of());
		assertThat(this.inspector.inspect(recentOnly, NOW.toInstant()).qualified()).isTrue();
		SiteInput both = new SiteInput(7, "hetang", "荷塘区政府", healthyColumns(), daysAgo(1),
				new InteractionFacts.Snapshot(Channel.WORKING, List.of(recent, old), List.of()), List.of());
		InspectionReport report = this.inspector.inspect(both, NOW.toInstant());
		assertThat(report.vetoes()).extracting(VetoItem::rule).containsExactly(VetoRule.MESSAGE_UNANSWERED);
		assertThat(report.vetoes().get(0).evidence()).singleElement()
			.satisfies(e -> assertThat(e.ref()).isEqualTo("/messages/12"));
	}

	@Test
	void aTamperedPageNotRestoredIsVetoedAndUnknownTamperingIsReported() {
		SecurityFacts.TamperEvent event = new SecurityFacts.TamperEvent(5, "sites/hetang/index.html", daysAgo(2));
		SiteInput tampered = new SiteInput(7, "hetang", "荷塘区政府", healthyColumns(), daysAgo(1), interactionOk(),
				List.of(), null, List.of(event));
		InspectionReport report = this.inspector.inspect(tampered, NOW.toInstant());
		assertThat(report.vetoes()).extracting(VetoItem::rule).containsExactly(VetoRule.UNHANDLED_TAMPERING);
		assertThat(report.vetoes().get(0).evidence()).singleElement()
			.satisfies(e -> assertThat(e.ref()).isEqualTo("sites/hetang/index.html"));
		SiteInput unknown = new SiteInput(7, "hetang", "荷塘区政府", healthyColumns(), daysAgo(1), interactionOk(),
				List.of(), null, null);
		assertThat(this.inspector.inspect(unknown, NOW.toInstant()).unknownChecks())
			.containsExactly(VetoRule.UNHANDLED_TAMPERING);
	}

	@Test
	void sensitiveWordsAndPersonalDataArePublishedContentVetoesTyposAreNot() {
		ContentFinding sensitive = new ContentFinding(31, 1, "便民通知", "sensitive-word.赌博", Severity.BLOCKING, "六合彩",
				"含敏感词", "Sensitive word");
		ContentFinding idNumber = new ContentFinding(32, 1, "公示", "personal-data.id-number", Severity.BLOCKING,
				"110101199003071234", "含公民身份号码", "Contains an ID number");
		ContentFinding typo = new ContentFinding(33, 1, "工作动态", "typo", Severity.WARNING, "按装", "错别字", "Typo");
		ContentFinding longTitle = new ContentFinding(34, 1, "很长的标题", "writing.title-length", Severity.BLOCKING, "",
				"标题过长", "Title too long");
		SiteInput clean = new SiteInput(7, "hetang", "荷塘区政府", healthyColumns(), daysAgo(1), interactionOk(),
				List.of(typo, longTitle));
		assertThat(this.inspector.inspect(clean, NOW.toInstant()).qualified()).isTrue();
		SiteInput dirty = new SiteInput(7, "hetang", "荷塘区政府", healthyColumns(), daysAgo(1), interactionOk(),
				List.of(typo, sensitive, idNumber));
		InspectionReport report = this.inspector.inspect(dirty, NOW.toInstant());
		assertThat(report.vetoes()).extracting(VetoItem::rule).containsExactly(VetoRule.SERIOUS_CONTENT_ERROR);
		assertThat(report.vetoes().get(0).evidence()).extracting(Evidence::ref)
			.containsExactly("/articles/31", "/articles/32");
		assertThat(report.vetoes().get(0).evidence().get(0).detailZh()).contains("六合彩");
	}

}
