package cn.govsite.search.analytics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.test.GovsiteIntegrationTest;
import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.search.support.SearchFixtures;
import cn.govsite.search.support.SearchFixtures.Article;
import cn.govsite.search.support.SearchFixtures.Site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Search statistics through the real service and Redis: hot and zero-result queries per
 * site and platform-wide, anonymised, readable only by those allowed to.
 */
@GovsiteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsTests {

	static final String SUFFIX = Long.toString(System.nanoTime() % 1_000_000);

	static final Site LIBRARY = new Site(901, "an-lib-" + SUFFIX, "市图书馆", "an-lib.govsite.localhost");

	static final Site MUSEUM = new Site(902, "an-mus-" + SUFFIX, "市博物馆", "an-mus.govsite.localhost");

	@LocalServerPort
	int port;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	GovsiteProperties properties;

	@Autowired
	JsonMapper json;

	@Autowired
	SearchAnalytics analytics;

	SearchFixtures fixtures;

	List<String> groups = new ArrayList<>();

	String libraryEditor;

	String museumEditor;

	String admin;

	@BeforeAll
	void searchSome() {
		this.fixtures = new SearchFixtures(this.port, this.redis, this.properties, this.json);
		this.groups.add(Keycloak.createSiteGroups(LIBRARY.code()));
		this.groups.add(Keycloak.createSiteGroups(MUSEUM.code()));
		this.libraryEditor = Keycloak.siteUserToken(LIBRARY.code(), "editor");
		this.museumEditor = Keycloak.siteUserToken(MUSEUM.code(), "editor");
		String username = "an-admin-" + SUFFIX;
		Keycloak.createUser(username, List.of(), List.of("platform-admin"));
		this.admin = Keycloak.token(username, Keycloak.DEMO_PASSWORD);

		this.fixtures.publish(new Article(LIBRARY, 90_001, "图书馆借阅证办理须知", "凭身份证办理借阅证。"));
		// Waiting searches all sites: those polls count platform-wide only, not for the
		// library.
		this.fixtures.awaitTotal(Map.of("q", "借阅证办理须知"), 1);
		for (int i = 0; i < 3; i++) {
			this.fixtures.search(Map.of("q", "借阅证", "site", LIBRARY.code()));
		}
		this.fixtures.search(Map.of("q", "ＪＩＥＹＵＥ借阅证", "site", LIBRARY.code()));
		this.fixtures.search(Map.of("q", "古籍修复展览", "site", LIBRARY.code()));
		this.fixtures.search(Map.of("q", "古籍修复展览", "site", LIBRARY.code()));
		this.fixtures.search(Map.of("q", "身份证610302199001011234借阅", "site", LIBRARY.code()));
		this.fixtures.search(Map.of("q", "青铜器展览时间", "site", MUSEUM.code()));
		// Counting happens in the background, in order: once the last search shows, all
		// do.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.analytics.report(MUSEUM.code(), 1, 10).hot().isEmpty());
	}

	@AfterAll
	void dropGroups() {
		this.groups.forEach(Keycloak::deleteGroup);
	}

	@Test
	void aSiteSeesItsHotAndZeroResultQueries() {
		JsonNode report = get("/analytics/queries", this.libraryEditor, LIBRARY, Map.of());
		assertThat(report.get("scope").asString()).isEqualTo(LIBRARY.code());
		assertThat(counts(report.get("hot"))).startsWith("借阅证=3", "古籍修复展览=2");
		assertThat(counts(report.get("zeroResults"))).contains("古籍修复展览=2").doesNotContain("借阅证=3");
		// The museum's query is not the library's.
		assertThat(counts(report.get("hot"))).noneMatch(entry -> entry.startsWith("青铜器"));
		// Width and case folded, identity numbers never stored.
		assertThat(counts(report.get("hot"))).contains("jieyue借阅证=1", "身份证#借阅=1");
		assertThat(report.toString()).doesNotContain("610302199001011234");
		assertThat(counts(get("/analytics/queries", this.libraryEditor, LIBRARY, Map.of("limit", "1")).get("hot")))
			.containsExactly("借阅证=3");
	}

	@Test
	void aSiteCannotReadAnotherSitesStatistics() {
		Response refused = this.fixtures.client()
			.get("/analytics/queries", this.museumEditor, new SiteRef(LIBRARY.id(), LIBRARY.code()));
		assertThat(refused.status()).as(refused.body()).isEqualTo(403);
		JsonNode museum = get("/analytics/queries", this.museumEditor, MUSEUM, Map.of());
		assertThat(counts(museum.get("hot"))).containsExactly("青铜器展览时间=1");
		Response anonymous = this.fixtures.client()
			.get("/analytics/queries", null, new SiteRef(LIBRARY.id(), LIBRARY.code()));
		assertThat(anonymous.status()).isEqualTo(401);
	}

	@Test
	void platformWideStatisticsAreForPlatformAdmins() {
		Response refused = this.fixtures.client().get("/admin/analytics/queries", this.libraryEditor);
		assertThat(refused.status()).as(refused.body()).isEqualTo(403);
		Response answer = this.fixtures.client().get("/admin/analytics/queries?limit=100", this.admin);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.json().get("scope").asString()).isEqualTo("_all");
		assertThat(counts(answer.json().get("hot"))).contains("青铜器展览时间=1");
		assertThat(counts(answer.json().get("hot"))).anyMatch(entry -> entry.startsWith("借阅证="));
	}

	@Test
	void badWindowsAreProblems() {
		Response response = this.fixtures.client()
			.get("/analytics/queries?days=0&limit=1000", this.libraryEditor, new SiteRef(LIBRARY.id(), LIBRARY.code()));
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.errorFields()).containsExactlyInAnyOrder("days", "limit");
		assertThat(response.json().get("titleEn").asString()).isNotBlank();
	}

	private JsonNode get(String path, String token, Site site, Map<String, String> parameters) {
		String query = parameters.isEmpty() ? "" : "?"
				+ String.join("&", parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
		Response response = this.fixtures.client().get(path + query, token, new SiteRef(site.id(), site.code()));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static List<String> counts(JsonNode entries) {
		List<String> counts = new ArrayList<>();
		entries.forEach(e -> counts.add(e.get("query").asString() + "=" + e.get("count").asLong()));
		return counts;
	}

}
