package cn.govsite.content.supervision.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.supervision.SupervisionFixtures;
import cn.govsite.content.supervision.inspection.InspectionService;
import cn.govsite.content.supervision.score.Score;
import cn.govsite.content.supervision.score.ScoreService;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reports through the API against the real servers: two sites inspected in a month of
 * their own (a qualified one with a late reply, one with five blank columns and no
 * mailbox), the platform and site runs, the JSON, the workbook read back with POI and the
 * HTML; who may see which report, and bad input.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionReportApiTests extends ContentIntegrationTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	private InspectionService inspections;

	@Autowired
	private ScoreService scores;

	private TestSite siteA;

	private TestSite siteB;

	private String adminA;

	private String supervisor;

	private YearMonth month;

	private int scoreA;

	private int scoreAPrevious;

	private Long platformRun;

	@BeforeAll
	void inspectTwoSitesInAMonthOfTheirOwn() {
		this.siteA = siteFromEvent("荷塘区发改局");
		this.siteB = siteFromEvent("荷塘区统计局");
		this.adminA = userWith(this.siteA, "site-admin");
		this.supervisor = Keycloak.token("supervisor", Keycloak.DEMO_PASSWORD);
		// Far from the other supervision tests' days, so this month holds only these
		// sites.
		this.month = YearMonth.of(2041, 1).plusMonths(ThreadLocalRandom.current().nextInt(400));
		ZonedDateTime day10 = this.month.atDay(10).atTime(10, 0).atZone(ZONE);
		ZonedDateTime day20 = this.month.atDay(20).atTime(10, 0).atZone(ZONE);
		ZonedDateTime before = this.month.minusMonths(1).atDay(15).atTime(10, 0).atZone(ZONE);

		SupervisionFixtures a = new SupervisionFixtures(api(), this.jdbc, this.adminA, this.siteA);
		long news = a.column("发改动态", "DYNAMIC_NEWS", null);
		a.published(news, "发改局召开项目推进会", "<p>推进重点项目。</p>", before.minusDays(1).toInstant());
		a.published(news, "发改局部署价格监测", "<p>部署价格监测。</p>", day10.minusDays(1).toInstant());
		a.published(news, "发改局调研物流园区", "<p>调研物流园区。</p>", day20.minusDays(1).toInstant());
		a.mailboxes();
		// Received on the 5th, due on the 12th, answered on the 15th: one late reply.
		long box = this.jdbc.queryForObject("SELECT MIN(id) FROM mailbox WHERE site_id = ?", Long.class,
				this.siteA.ref().id());
		ZonedDateTime received = this.month.atDay(5).atTime(9, 0).atZone(ZONE);
		this.jdbc.update(
				"INSERT INTO mailbox_message (site_id, mailbox_id, tracking_code, title, body, state, "
						+ "received_at, received_on, due_on, deadline_days, replied_at, replied_on) "
						+ "VALUES (?, ?, ?, '项目申报咨询', '内容', 'REPLIED', ?, ?, ?, 5, ?, ?)",
				this.siteA.ref().id(), box, randomHex(12), Timestamp.from(received.toInstant()), this.month.atDay(5),
				this.month.atDay(12), Timestamp.from(this.month.atDay(15).atTime(9, 0).atZone(ZONE).toInstant()),
				this.month.atDay(15));

		SupervisionFixtures b = new SupervisionFixtures(api(), this.jdbc, userWith(this.siteB, "site-admin"),
				this.siteB);
		long newsB = b.column("统计动态", "DYNAMIC_NEWS", null);
		b.published(newsB, "统计局发布季度数据", "<p>发布季度数据。</p>", day10.minusDays(1).toInstant());
		for (int i = 0; i < 5; i++) {
			b.column("统计公报" + i, "DISCLOSURE", null);
		}

		InspectionService.Site targetA = new InspectionService.Site(this.siteA.ref(), this.siteA.name());
		InspectionService.Site targetB = new InspectionService.Site(this.siteB.ref(), this.siteB.name());
		this.inspections.inspect(targetA, before.toInstant());
		this.inspections.inspect(targetA, day10.toInstant());
		this.inspections.inspect(targetA, day20.toInstant());
		this.inspections.inspect(targetB, day10.toInstant());
		this.scoreAPrevious = this.scores.scoreMonth(targetA, this.month.minusMonths(1), day20.toInstant())
			.map(Score::total)
			.orElseThrow();
		this.scoreA = this.scores.scoreMonth(targetA, this.month, day20.toInstant()).map(Score::total).orElseThrow();
		assertThat(this.scores.scoreMonth(targetB, this.month, day20.toInstant()))
			.hasValueSatisfying(s -> assertThat(s.vetoed()).isTrue());
	}

	private String period() {
		return this.month.toString();
	}

	/** Starts a run and waits for it to finish; returns the finished run. */
	private JsonNode runToEnd(String token, Map<String, Object> body) {
		Response started = api().post("/supervision/report-runs", token, body);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		long id = started.json().get("id").asLong();
		assertThat(started.header("Location")).isEqualTo("/supervision/report-runs/" + id);
		assertThat(started.json().get("state").asString()).isIn("QUEUED", "RUNNING", "DONE");
		return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
			Response run = api().get("/supervision/report-runs/" + id, token);
			assertThat(run.status()).as(run.body()).isEqualTo(200);
			return run.json();
		}, run -> !run.get("state").asString().matches("QUEUED|RUNNING"));
	}

	private synchronized long platformRun() {
		if (this.platformRun == null) {
			JsonNode done = runToEnd(this.supervisor, Map.of("period", period()));
			assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
			this.platformRun = done.get("id").asLong();
		}
		return this.platformRun;
	}

	@Test
	void aSupervisorRunsThePlatformReportAndReadsItsFigures() {
		long id = platformRun();
		Response run = api().get("/supervision/report-runs/" + id, this.supervisor);
		assertThat(run.json().get("scope").asString()).isEqualTo("PLATFORM");
		assertThat(run.json().get("percent").asInt()).isEqualTo(100);
		int total = run.json().get("total").asInt();
		assertThat(total).as("every site's report and the platform's").isGreaterThanOrEqualTo(3);
		assertThat(run.json().get("done").asInt()).isEqualTo(total);
		assertThat(run.json().get("report").asString()).isEqualTo("/supervision/reports/platform?period=" + period());

		Response platform = api().get("/supervision/reports/platform?period=" + period(), this.supervisor);
		assertThat(platform.status()).as(platform.body()).isEqualTo(200);
		JsonNode r = platform.json();
		assertThat(r.get("periodZh").asString())
			.isEqualTo(this.month.getYear() + "年" + this.month.getMonthValue() + "月");
		JsonNode current = r.get("current");
		assertThat(current.get("sitesInspected").asInt()).isEqualTo(2);
		assertThat(current.get("qualifiedSites").asInt()).isEqualTo(1);
		assertThat(current.get("unqualifiedSites").asInt()).isEqualTo(1);
		assertThat(current.get("blankColumns").asInt()).isEqualTo(5);
		assertThat(current.get("scoreMean").asDouble()).isEqualTo(Math.round(this.scoreA * 10 / 2.0) / 10.0);
		assertThat(r.get("previous").get("sitesInspected").asInt()).isEqualTo(1);
		assertThat(r.get("trend").get("sitesInspected").asInt()).isEqualTo(1);

		JsonNode ranking = r.get("ranking");
		assertThat(ranking).hasSize(2);
		assertThat(ranking.get(0).get("siteId").asLong()).isEqualTo(this.siteA.ref().id());
		assertThat(ranking.get(0).get("rank").asInt()).isEqualTo(1);
		assertThat(ranking.get(0).get("score").asDouble()).isEqualTo(this.scoreA);
		assertThat(ranking.get(0).get("scoreChange").asDouble()).isEqualTo(this.scoreA - this.scoreAPrevious);
		assertThat(ranking.get(1).get("siteId").asLong()).isEqualTo(this.siteB.ref().id());
		assertThat(ranking.get(1).get("qualified").asBoolean()).isFalse();
		assertThat(ranking.get(1).get("score").asDouble()).isZero();

		assertThat(r.get("vetoes")
			.valueStream()
			.map(v -> v.get("rule").asString() + "/" + v.get("sites").asInt() + "/" + v.get("evidence").asInt()))
			.containsExactly("BLANK_COLUMNS/1/5", "NO_CONSULTATION_CHANNEL/1/1");
		assertThat(r.get("distribution").valueStream().mapToInt(b -> b.get("sites").asInt()).sum()).isEqualTo(2);

		// The run also built each site's report.
		Response b = api().get("/supervision/reports/site/" + this.siteB.ref().id() + "?period=" + period(),
				this.supervisor);
		assertThat(b.status()).as(b.body()).isEqualTo(200);
		assertThat(b.json().get("columns")).hasSize(5)
			.allSatisfy(c -> assertThat(c.get("status").asString()).isEqualTo("BLANK"));
	}

	@Test
	void aSiteAdminRunsTheirOwnSitesReport() {
		JsonNode done = runToEnd(this.adminA, Map.of("period", period(), "siteId", this.siteA.ref().id()));
		assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
		assertThat(done.get("scope").asString()).isEqualTo("SITE");
		assertThat(done.get("total").asInt()).isEqualTo(1);

		Response site = api().get("/supervision/reports/site/" + this.siteA.ref().id() + "?period=" + period(),
				this.adminA);
		assertThat(site.status()).as(site.body()).isEqualTo(200);
		JsonNode r = site.json();
		assertThat(r.get("siteCode").asString()).isEqualTo(this.siteA.code());
		assertThat(r.get("current").get("inspectionDays").asInt()).isEqualTo(2);
		assertThat(r.get("current").get("qualified").asBoolean()).isTrue();
		assertThat(r.get("current").get("score").asDouble()).isEqualTo(this.scoreA);
		assertThat(r.get("previous").get("inspectionDays").asInt()).isEqualTo(1);
		assertThat(r.get("trend").get("score").asDouble()).isEqualTo(this.scoreA - this.scoreAPrevious);
		assertThat(r.get("vetoes")).isEmpty();
		assertThat(r.get("days")).hasSize(2);
		assertThat(r.get("itemsPublished").asInt()).isEqualTo(2);
		assertThat(r.get("published")).singleElement().satisfies(p -> {
			assertThat(p.get("category").asString()).isEqualTo("DYNAMIC_NEWS");
			assertThat(p.get("label").asString()).isEqualTo("动态要闻");
			assertThat(p.get("items").asInt()).isEqualTo(2);
		});
		JsonNode messages = r.get("messages");
		assertThat(messages.get("received").asInt()).isEqualTo(1);
		assertThat(messages.get("answered").asInt()).isEqualTo(1);
		assertThat(messages.get("overdue").asInt()).isEqualTo(1);
	}

	@Test
	void quarterAndYearReportsCoverTheirMonths() {
		YearMonth previous = this.month.minusMonths(1);
		for (String period : new String[] { this.month.getYear() + "-Q" + ((this.month.getMonthValue() + 2) / 3),
				String.valueOf(this.month.getYear()) }) {
			ReportPeriod which = ReportPeriod.parse("period", period);
			boolean both = !previous.atDay(1).isBefore(which.start());
			JsonNode done = runToEnd(this.adminA, Map.of("period", period, "siteId", this.siteA.ref().id()));
			assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
			JsonNode r = api()
				.get("/supervision/reports/site/" + this.siteA.ref().id() + "?period=" + period, this.adminA)
				.json();
			assertThat(r.get("period").asString()).isEqualTo(period);
			assertThat(r.get("current").get("inspectionDays").asInt()).as(period).isEqualTo(both ? 3 : 2);
			assertThat(r.get("scores")).hasSize(both ? 2 : 1);
			double expected = both ? Math.round((this.scoreA + this.scoreAPrevious) * 10 / 2.0) / 10.0 : this.scoreA;
			assertThat(r.get("current").get("score").asDouble()).as(period).isEqualTo(expected);
			assertThat(r.get("itemsPublished").asInt()).isEqualTo(both ? 3 : 2);
		}
	}

	@Test
	void thePlatformWorkbookOpensWithItsFigures() throws IOException {
		platformRun();
		Response xlsx = api().get("/supervision/reports/platform/export?period=" + period() + "&format=xlsx",
				this.supervisor);
		assertThat(xlsx.status()).as(xlsx.body()).isEqualTo(200);
		assertThat(xlsx.header("Content-Type")).startsWith(ReportController.XLSX.toString());
		assertThat(xlsx.header("Content-Disposition")).contains("attachment")
			.contains("supervision-platform-" + period() + ".xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
			assertThat(book.getSheetAt(0).getSheetName()).isEqualTo(ReportWorkbook.SUMMARY);
			Sheet summary = book.getSheet(ReportWorkbook.SUMMARY);
			assertThat(summary.getRow(0).getCell(0).getStringCellValue()).contains("全平台网站检查通报");
			Row inspected = findRow(summary, "检查站点 Inspected");
			assertThat(inspected.getCell(1).getNumericCellValue()).isEqualTo(2);
			assertThat(inspected.getCell(2).getNumericCellValue()).isEqualTo(1);
			assertThat(findRow(summary, "不合格 Unqualified").getCell(1).getNumericCellValue()).isEqualTo(1);

			Sheet ranking = book.getSheet(ReportWorkbook.RANKING);
			assertThat(ranking.getLastRowNum()).isEqualTo(2);
			Row first = ranking.getRow(1);
			assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
			assertThat(first.getCell(2).getStringCellValue()).isEqualTo(this.siteA.code());
			assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(this.scoreA);
			assertThat(ranking.getRow(2).getCell(5).getStringCellValue()).isEqualTo("不合格");

			Sheet vetoes = book.getSheet(ReportWorkbook.VETOES);
			assertThat(vetoes.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Too many blank columns");
			assertThat(vetoes.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(5);
		}
	}

	@Test
	void theSiteWorkbookAndTheHtmlPagesCarryTheReportAndACharts() throws IOException {
		platformRun();
		String base = "/supervision/reports/site/" + this.siteB.ref().id() + "/export?period=" + period();
		String adminB = userWith(this.siteB, "site-admin");
		Response xlsx = api().get(base + "&format=xlsx", adminB);
		assertThat(xlsx.status()).as(xlsx.body()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
			assertThat(findRow(book.getSheet(ReportWorkbook.SUMMARY), "合格 Qualified").getCell(1).getStringCellValue())
				.isEqualTo("不合格");
			Sheet columns = book.getSheet(ReportWorkbook.COLUMNS);
			assertThat(columns.getLastRowNum()).isEqualTo(5);
			assertThat(columns.getRow(1).getCell(0).getStringCellValue()).startsWith("统计公报");
			assertThat(book.getSheet(ReportWorkbook.DAILY).getLastRowNum()).isEqualTo(1);
		}

		Response html = api().get(base + "&format=html", adminB);
		assertThat(html.status()).isEqualTo(200);
		assertThat(html.header("Content-Type")).startsWith("text/html");
		assertThat(html.body()).contains("<svg", this.siteB.name(), "空白栏目数量达到阈值", "统计公报0").doesNotContain("<script");

		Response platform = api().get("/supervision/reports/platform/export?period=" + period() + "&format=html",
				this.supervisor);
		assertThat(platform.status()).isEqualTo(200);
		assertThat(platform.body()).contains("<svg", "得分分布", this.siteA.name(), this.siteB.code());
	}

	@Test
	void aSiteAdminCannotSeeAnotherSitesReportNorThePlatformReport() {
		platformRun();
		long b = this.siteB.ref().id();
		for (String path : new String[] { "/supervision/reports/site/" + b + "?period=" + period(),
				"/supervision/reports/site/" + b + "/export?period=" + period() + "&format=xlsx",
				"/supervision/reports/platform?period=" + period(),
				"/supervision/reports/platform/export?period=" + period() + "&format=html",
				"/supervision/report-runs/" + this.platformRun,
				"/supervision/reports/site/999999999?period=" + period() }) {
			Response refused = api().get(path, this.adminA);
			assertThat(refused.status()).as(path).isEqualTo(403);
			assertThat(refused.json().get("type").asString()).endsWith("/forbidden");
			assertThat(refused.body()).doesNotContain(this.siteB.name());
		}
		Response startB = api().post("/supervision/report-runs", this.adminA, Map.of("period", period(), "siteId", b));
		assertThat(startB.status()).isEqualTo(403);
		assertThat(api().post("/supervision/report-runs", this.adminA, Map.of("period", period())).status())
			.isEqualTo(403);

		// A run of site B, started by a supervisor, is not visible to site A's admin.
		Response runB = api().post("/supervision/report-runs", this.supervisor,
				Map.of("period", period(), "siteId", b));
		assertThat(runB.status()).isEqualTo(202);
		assertThat(api().get("/supervision/report-runs/" + runB.json().get("id").asLong(), this.adminA).status())
			.isEqualTo(403);

		// An editor of site A is not one of its admins.
		String editorA = userWith(this.siteA, "editor");
		assertThat(api().get("/supervision/reports/site/" + this.siteA.ref().id() + "?period=" + period(), editorA)
			.status()).isEqualTo(403);
		assertThat(api().get("/supervision/reports/platform?period=" + period(), null).status()).isEqualTo(401);
		assertThat(api().get("/supervision/reports/site/999999999?period=" + period(), this.supervisor).status())
			.isEqualTo(404);
	}

	@Test
	void badInputIsABilingualProblemAndStartsNoRun() {
		Integer runsBefore = this.jdbc.queryForObject("SELECT COUNT(*) FROM supervision_report_run", Integer.class);
		for (String bad : new String[] { "2026-13", "2026-Q5", "26-01", "2026-1", "latest" }) {
			Response response = api().post("/supervision/report-runs", this.supervisor, Map.of("period", bad));
			assertThat(response.status()).as(bad).isEqualTo(400);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			assertThat(response.errorFields()).containsExactly("period");
			JsonNode error = response.json().get("errors").get(0);
			assertThat(error.get("message").asString()).contains("报告期");
			assertThat(error.get("messageEn").asString()).contains("YYYY-Qn");
			assertThat(response.body()).doesNotContain("Exception");
		}
		assertThat(api()
			.post("/supervision/report-runs", this.adminA, Map.of("period", "2026-00", "siteId", this.siteA.ref().id()))
			.errorFields()).containsExactly("period");
		assertThat(api().post("/supervision/report-runs", this.supervisor, Map.of()).errorFields())
			.containsExactly("period");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM supervision_report_run", Integer.class))
			.isEqualTo(runsBefore);

		assertThat(api().get("/supervision/reports/platform?period=2026-13", this.supervisor).errorFields())
			.containsExactly("period");
		assertThat(api().get("/supervision/reports/platform", this.supervisor).errorFields()).containsExactly("period");
		Response format = api().get(
				"/supervision/reports/site/" + this.siteA.ref().id() + "/export?period=" + period() + "&format=pdf",
				this.adminA);
		assertThat(format.status()).isEqualTo(400);
		assertThat(format.errorFields()).containsExactly("format");
		assertThat(format.json().get("errors").get(0).get("messageEn").asString()).contains("xlsx or html");

		Response notYet = api().get("/supervision/reports/platform?period=2099-Q3", this.supervisor);
		assertThat(notYet.status()).isEqualTo(404);
		assertThat(notYet.json().get("detailEn").asString()).contains("start a run first");
		assertThat(api().get("/supervision/report-runs/999999999", this.supervisor).status()).isEqualTo(404);
		assertThat(api().get("/supervision/report-runs/abc", this.supervisor).status()).isEqualTo(400);
	}

	private static Row findRow(Sheet sheet, String label) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
					&& row.getCell(0).getStringCellValue().equals(label)) {
				return row;
			}
		}
		throw new AssertionError("No row " + label + " in " + sheet.getSheetName());
	}

}
