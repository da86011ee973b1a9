package cn.govsite.content.supervision;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.supervision.inspection.InspectionService;
import cn.govsite.content.supervision.score.ScoreService;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards' API: a site's staff see their own site's results only, supervisors see
 * every site, and bad parameters are bilingual problems.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionApiTests extends ContentIntegrationTest {

	@Autowired
	private InspectionService inspections;

	@Autowired
	private ScoreService scores;

	private TestSite siteA;

	private TestSite siteB;

	private String adminA;

	private String supervisor;

	private ZonedDateTime day;

	@BeforeAll
	void inspectTwoSites() {
		this.siteA = siteFromEvent("荷塘区财政局");
		this.siteB = siteFromEvent("荷塘区卫健局");
		this.adminA = userWith(this.siteA, "site-admin");
		this.supervisor = Keycloak.token("supervisor", Keycloak.DEMO_PASSWORD);
		this.day = ZonedDateTime.of(2031, 1, 1, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai"))
			.plusDays(ThreadLocalRandom.current().nextInt(2000));
		SupervisionFixtures a = new SupervisionFixtures(api(), this.jdbc, this.adminA, this.siteA);
		long newsA = a.column("财政动态", "DYNAMIC_NEWS", null);
		a.published(newsA, "财政局部署预算工作", "<p>部署预算工作。</p>", this.day.minusDays(1).toInstant());
		for (int i = 0; i < 5; i++) {
			a.column("预决算" + i, "DISCLOSURE", null);
		}
		SupervisionFixtures b = new SupervisionFixtures(api(), this.jdbc, userWith(this.siteB, "site-admin"),
				this.siteB);
		long newsB = b.column("卫健动态", "DYNAMIC_NEWS", null);
		b.published(newsB, "卫健局开展义诊", "<p>开展义诊活动。</p>", this.day.minusDays(2).toInstant());
		b.mailboxes();
		for (TestSite site : new TestSite[] { this.siteA, this.siteB }) {
			InspectionService.Site target = new InspectionService.Site(site.ref(), site.name());
			this.inspections.inspect(target, this.day.toInstant());
			assertThat(this.scores.scoreMonth(target, YearMonth.from(this.day), this.day.toInstant())).isPresent();
		}
	}

	@Test
	void siteStaffReadTheirOwnSitesLatestInspectionAndScores() {
		String editorA = userWith(this.siteA, "editor");
		Response latest = api().get("/supervision/inspection", editorA, this.siteA.ref());
		assertThat(latest.status()).as(latest.body()).isEqualTo(200);
		assertThat(latest.json().get("siteId").asLong()).isEqualTo(this.siteA.ref().id());
		assertThat(latest.json().get("qualified").asBoolean()).isFalse();
		assertThat(latest.json().get("vetoes").get(0).get("rule").asString()).isEqualTo("BLANK_COLUMNS");
		assertThat(latest.json().get("vetoes").get(0).get("evidence")).hasSize(5);

		Response series = api().get("/supervision/inspections?from=" + this.day.toLocalDate().minusDays(3) + "&to="
				+ this.day.toLocalDate(), this.adminA, this.siteA.ref());
		assertThat(series.status()).isEqualTo(200);
		assertThat(series.json()).singleElement().satisfies(d -> {
			assertThat(d.get("day").asString()).isEqualTo(this.day.toLocalDate().toString());
			assertThat(d.get("blankColumns").asInt()).isEqualTo(5);
			assertThat(d.get("brokenLinks").isNull()).as("no crawl in tests by default").isTrue();
		});

		String month = YearMonth.from(this.day).toString();
		Response scores = api().get("/supervision/scores?from=" + month + "&to=" + month, this.adminA,
				this.siteA.ref());
		assertThat(scores.status()).isEqualTo(200);
		assertThat(scores.json()).singleElement().satisfies(m -> {
			assertThat(m.get("vetoed").asBoolean()).isTrue();
			assertThat(m.get("total").asInt()).isZero();
		});
		Response detail = api().get("/supervision/scores/" + month, this.adminA, this.siteA.ref());
		assertThat(detail.status()).isEqualTo(200);
		assertThat(detail.json().get("vetoes").get(0).get("rule").asString()).isEqualTo("BLANK_COLUMNS");
	}

	@Test
	void aSiteAdminCannotReadAnotherSitesResultsNorTheOverview() {
		for (String path : new String[] { "/supervision/inspection", "/supervision/inspections", "/supervision/scores",
				"/supervision/scores/" + YearMonth.from(this.day) }) {
			Response refused = api().get(path, this.adminA, this.siteB.ref());
			assertThat(refused.status()).as(path).isEqualTo(403);
			assertThat(refused.json().get("type").asString()).endsWith("/forbidden");
			assertThat(refused.body()).doesNotContain(this.siteB.name());
		}
		assertThat(api().get("/supervision/overview", this.adminA).status()).isEqualTo(403);
		Response vetoes = api().get("/supervision/vetoes", this.adminA, this.siteA.ref());
		assertThat(vetoes.status()).isEqualTo(403);
		assertThat(vetoes.json().get("detailEn").asString()).contains("supervisors");
		assertThat(api().get("/supervision/inspection", null, this.siteA.ref()).status()).isEqualTo(401);
	}

	@Test
	void supervisorsSeeEverySiteAndTheVetoList() {
		String date = this.day.toLocalDate().toString();
		Response overview = api().get("/supervision/overview?date=" + date, this.supervisor);
		assertThat(overview.status()).as(overview.body()).isEqualTo(200);
		JsonNode a = find(overview.json(), this.siteA.ref().id());
		JsonNode b = find(overview.json(), this.siteB.ref().id());
		assertThat(a.get("qualified").asBoolean()).isFalse();
		assertThat(a.get("siteCode").asString()).isEqualTo(this.siteA.code());
		assertThat(b.get("qualified").asBoolean()).isTrue();

		Response vetoes = api().get("/supervision/vetoes?date=" + date, this.supervisor);
		assertThat(vetoes.status()).isEqualTo(200);
		JsonNode vetoedA = find(vetoes.json(), this.siteA.ref().id());
		assertThat(vetoedA.get("vetoes").get(0).get("evidence").get(0).get("ref").asString()).startsWith("/columns/");
		assertThat(vetoes.json().valueStream().map(v -> v.get("siteId").asLong()))
			.doesNotContain(this.siteB.ref().id());

		Response bLatest = api().get("/supervision/inspection", this.supervisor, this.siteB.ref());
		assertThat(bLatest.status()).isEqualTo(200);
		assertThat(bLatest.json().get("siteId").asLong()).isEqualTo(this.siteB.ref().id());
	}

	@Test
	void supervisorsInspectASiteNowAndItsPeopleSeeTheResultOfToday() {
		Response refused = api().post("/supervision/inspection", this.adminA, this.siteA.ref(), null);
		assertThat(refused.status()).as("a site admin does not inspect: %s", refused.body()).isEqualTo(403);
		assertThat(api().post("/supervision/inspection", null, this.siteA.ref(), null).status()).isEqualTo(401);

		Response now = api().post("/supervision/inspection", this.supervisor, this.siteB.ref(), null);
		assertThat(now.status()).as(now.body()).isEqualTo(200);
		assertThat(now.json().get("siteId").asLong()).isEqualTo(this.siteB.ref().id());
		String today = now.json().get("inspectedOn").asString();
		Response series = api().get("/supervision/inspections?from=" + today + "&to=" + today,
				userWith(this.siteB, "editor"), this.siteB.ref());
		assertThat(series.json()).singleElement().satisfies(d -> assertThat(d.get("day").asString()).isEqualTo(today));
		Response other = api().get("/supervision/inspections?from=" + today + "&to=" + today, this.adminA,
				this.siteA.ref());
		assertThat(other.json()).as("site A was not inspected by B's request").isEmpty();
	}

	@Test
	void badParametersAreBilingualProblemsNamingTheField() {
		Response badDay = api().get("/supervision/inspections?from=2026-13-01", this.adminA, this.siteA.ref());
		assertThat(badDay.status()).isEqualTo(400);
		assertThat(badDay.header("Content-Type")).startsWith("application/problem+json");
		assertThat(badDay.errorFields()).containsExactly("from");
		JsonNode error = badDay.json().get("errors").get(0);
		assertThat(error.get("message").asString()).contains("日期格式");
		assertThat(error.get("messageEn").asString()).contains("YYYY-MM-DD");
		assertThat(badDay.body()).doesNotContain("Exception");

		Response backwards = api().get("/supervision/inspections?from=2026-06-02&to=2026-06-01", this.adminA,
				this.siteA.ref());
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.errorFields()).containsExactly("from");
		Response tooLong = api().get("/supervision/scores?from=2000-01&to=2026-01", this.adminA, this.siteA.ref());
		assertThat(tooLong.status()).isEqualTo(400);
		Response badMonth = api().get("/supervision/scores/2026-6x", this.adminA, this.siteA.ref());
		assertThat(badMonth.status()).isEqualTo(400);
		assertThat(badMonth.errorFields()).containsExactly("month");
		assertThat(api().get("/supervision/overview?date=yesterday", this.supervisor).errorFields())
			.containsExactly("date");
		Response none = api().get("/supervision/scores/1999-01", this.adminA, this.siteA.ref());
		assertThat(none.status()).isEqualTo(404);
		assertThat(none.json().get("detailEn").asString()).contains("Score of the site");
	}

	private static JsonNode find(JsonNode list, long siteId) {
		return list.valueStream()
			.filter(node -> node.get("siteId").asLong() == siteId)
			.findFirst()
			.orElseThrow(() -> new AssertionError("site " + siteId + " missing from " + list));
	}

}
