package cn.govsite.search.reindex;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.test.GovsiteIntegrationTest;
import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.search.index.ContentIndex;
import cn.govsite.search.support.ContentServiceStandIn;
import cn.govsite.search.support.SearchFixtures;
import cn.govsite.search.support.SearchFixtures.Article;
import cn.govsite.search.support.SearchFixtures.Site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A full reindex against real Elasticsearch, read from content-service's listing (a
 * stand-in here; the real one in e2e-tests): searches keep answering throughout, events
 * during the copy land in the new index, versions survive, the alias moves atomically and
 * the old index goes. A stack on an older mapping upgrades itself at start.
 */
@GovsiteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReindexTests {

	static final ContentServiceStandIn CONTENT_SERVICE = ContentServiceStandIn.start();

	static final Instant SEEDED = Instant.parse("2026-11-20T00:00:00Z");

	@DynamicPropertySource
	static void contentService(DynamicPropertyRegistry registry) {
		registry.add("govsite.search.content-service.url", CONTENT_SERVICE::url);
	}

	@Autowired
	MappingUpgrade upgrade;

	static final Site RIVER = new Site(701, "rx-river", "清水河管理处", "rx-river.govsite.localhost");

	static final int CORPUS = 1200;

	@LocalServerPort
	int port;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	GovsiteProperties properties;

	@Autowired
	JsonMapper json;

	@Value("${govsite.elasticsearch.index-prefix}")
	String indexPrefix;

	SearchFixtures fixtures;

	String admin;

	@BeforeAll
	void seed() {
		this.fixtures = new SearchFixtures(this.port, this.redis, this.properties, this.json);
		// The live index as events left it, written in bulk (thousands of events one by
		// one take minutes on a busy machine); content-service lists the same items.
		StringBuilder bulk = new StringBuilder();
		for (int i = 0; i < CORPUS; i++) {
			Article article = new Article(RIVER, 70_000 + i, "清水河巡查记录第" + i + "期", "河道巡查保洁情况。");
			Map<String, Object> payload = SearchFixtures.payload(article, null);
			CONTENT_SERVICE.put(article.id(), SEEDED.toEpochMilli(), payload);
			Map<String, Object> document = new java.util.LinkedHashMap<>(payload);
			document.remove("articleId");
			document.put("type", "article");
			bulk.append(
					this.json.writeValueAsString(Map.of("index",
							Map.of("_id", "article-" + article.id(), "version", SEEDED.toEpochMilli(), "version_type",
									"external_gte"))))
				.append('\n')
				.append(this.json.writeValueAsString(document))
				.append('\n');
		}
		// A first search creates the index behind the alias.
		this.fixtures.search(Map.of("q", "河道巡查", "site", RIVER.code()));
		JsonNode written = this.fixtures.elasticsearch("POST", "/" + this.indexPrefix + "content/_bulk?refresh=true",
				bulk.toString());
		assertThat(written.get("errors").asBoolean()).as(written.toString()).isFalse();
		this.fixtures.awaitTotal(Map.of("q", "河道巡查", "site", RIVER.code()), CORPUS);
		String username = "reindex-admin-" + System.nanoTime();
		Keycloak.createUser(username, List.of(), List.of("platform-admin"));
		this.admin = Keycloak.token(username, Keycloak.DEMO_PASSWORD);
	}

	@Test
	@Order(1)
	void rebuildsIntoANewIndexWithoutDowntimeAndSwapsTheAlias() {
		String before = aliasTargets().get(0);
		AtomicBoolean searching = new AtomicBoolean(true);
		List<Long> totalsSeen = new CopyOnWriteArrayList<>();
		AtomicInteger failures = new AtomicInteger();
		Thread reader = new Thread(() -> {
			while (searching.get()) {
				Response response = this.fixtures.get("/search", Map.of("q", "河道巡查", "site", RIVER.code()), null);
				if (response.status() != 200) {
					failures.incrementAndGet();
				}
				else {
					totalsSeen.add(response.json().get("total").asLong());
				}
			}
		});
		reader.start();

		Response started = this.fixtures.client().post("/admin/reindex", this.admin, Map.of());
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		String jobId = started.json().get("id").asString();
		String target = started.json().get("targetIndex").asString();
		assertThat(target).startsWith(this.indexPrefix + "content-v" + ContentIndex.CURRENT_VERSION + "-");
		// A second start while this one runs is a conflict, not a second copy.
		Response again = this.fixtures.client().post("/admin/reindex", this.admin, Map.of());
		if (again.status() != 202) {
			assertThat(again.status()).as(again.body()).isEqualTo(409);
		}

		// Published during the copy: must be in the new index too.
		Article during = new Article(RIVER, 79_999, "清水河巡查新增记录", "河道巡查发现漂浮物。");
		Instant duringAt = Instant.now();
		this.fixtures.publish(during, duringAt);
		CONTENT_SERVICE.put(during.id(), duringAt.toEpochMilli(), SearchFixtures.payload(during, null));
		// A newer version of an item being copied: the older copy must not overwrite it.
		this.fixtures.publish(new Article(RIVER, 70_001, "清水河巡查记录第1期（更正）", "河道巡查保洁情况更正。"),
				Instant.parse("2026-11-21T00:00:00Z"));

		JsonNode done = awaitDone(jobId);
		searching.set(false);
		assertThat(done.get("state").asString()).isEqualTo("DONE");
		assertThat(done.get("percent").asInt()).isEqualTo(100);
		assertThat(done.get("total").asLong()).isGreaterThanOrEqualTo(CORPUS);
		// Read from content-service page by page, not from the old index.
		assertThat(CONTENT_SERVICE.pages()).isGreaterThanOrEqualTo(CORPUS / Reindexer.PAGE_SIZE);
		assertThat(done.get("copied").asLong()).isGreaterThanOrEqualTo(CORPUS);
		assertThat(done.get("replacedIndices").get(0).asString()).isEqualTo(before);

		assertThat(aliasTargets()).containsExactly(target);
		this.fixtures.awaitTotal(Map.of("q", "河道巡查", "site", RIVER.code()), CORPUS + 1);
		JsonNode corrected = this.fixtures.search(Map.of("q", "更正", "site", RIVER.code()));
		assertThat(SearchFixtures.ids(corrected)).containsExactly("article-70001");
		// No moment without answers, never an empty or partial index.
		assertThat(failures.get()).isZero();
		assertThat(totalsSeen).isNotEmpty().allMatch(total -> total >= CORPUS);
		// The old index is gone.
		JsonNode indices = this.fixtures.elasticsearch("GET",
				"/_cat/indices/" + this.indexPrefix + "content*?format=json", null);
		assertThat(indices.findValuesAsString("index")).doesNotContain(before).contains(target);

		// After the swap, events keep flowing into the new index.
		Article after = new Article(RIVER, 79_998, "清水河巡查收尾记录", "河道巡查收尾。");
		Instant afterAt = Instant.now();
		this.fixtures.publish(after, afterAt);
		CONTENT_SERVICE.put(after.id(), afterAt.toEpochMilli(), SearchFixtures.payload(after, null));
		this.fixtures.awaitTotal(Map.of("q", "河道巡查", "site", RIVER.code()), CORPUS + 2);
	}

	@Test
	@Order(2)
	void aStackOnAnOlderMappingReindexesFromContentServiceByItselfAtStart() throws Exception {
		// Only content-service has this archived item: finding it proves where the
		// upgrade read from.
		Article archived = new Article(RIVER, 79_997, "清水河巡查旧档", "河道巡查历史档案。");
		CONTENT_SERVICE.put(archived.id(), SEEDED.toEpochMilli(), SearchFixtures.payload(archived, SEEDED));
		// The alias on an empty index of mapping v2, as a stack made before v3 has it.
		String v2 = this.indexPrefix + "content-v2";
		List<String> before = aliasTargets();
		String mapping;
		try (var in = getClass().getClassLoader().getResourceAsStream("elasticsearch/content-v2.json")) {
			mapping = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		this.fixtures.elasticsearch("PUT", "/" + v2, mapping);
		StringBuilder actions = new StringBuilder("{\"actions\":[{\"add\":{\"index\":\"" + v2 + "\",\"alias\":\""
				+ this.indexPrefix + "content\",\"is_write_index\":true}}");
		before.forEach(old -> actions.append(",{\"remove_index\":{\"index\":\"").append(old).append("\"}}"));
		this.fixtures.elasticsearch("POST", "/_aliases", actions.append("]}").toString());
		assertThat(aliasTargets()).containsExactly(v2);

		this.upgrade.run(null);

		await().atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> aliasTargets().stream()
				.allMatch(index -> index
					.startsWith(this.indexPrefix + "content-v" + ContentIndex.CURRENT_VERSION + "-")));
		this.fixtures.awaitTotal(Map.of("q", "河道巡查", "site", RIVER.code()), CORPUS + 3);
		JsonNode old = this.fixtures.search(Map.of("q", "旧档", "site", RIVER.code()));
		assertThat(SearchFixtures.ids(old)).containsExactly("article-79997");
		assertThat(old.get("hits").get(0).get("archived").asBoolean()).isTrue();
		// The lock is released and the v2 index gone.
		assertThat(this.redis.hasKey(this.properties.redis().keyPrefix() + "search:mapping-upgrade")).isFalse();
		JsonNode indices = this.fixtures.elasticsearch("GET",
				"/_cat/indices/" + this.indexPrefix + "content*?format=json", null);
		assertThat(indices.findValuesAsString("index")).doesNotContain(v2);
		// Up to date now: a second start changes nothing.
		List<String> upgraded = aliasTargets();
		this.upgrade.run(null);
		assertThat(aliasTargets()).isEqualTo(upgraded);
	}

	@Test
	void onlyPlatformAdminsMayReindex() {
		String site = "rx-other-" + System.nanoTime() % 100000;
		String group = Keycloak.createSiteGroups(site);
		String siteAdmin = Keycloak.siteUserToken(site, "site-admin");
		Response refused = this.fixtures.client().post("/admin/reindex", siteAdmin, Map.of());
		assertThat(refused.status()).as(refused.body()).isEqualTo(403);
		assertThat(refused.json().get("titleEn").asString()).isNotBlank();
		Response anonymous = this.fixtures.client().post("/admin/reindex", null, Map.of());
		assertThat(anonymous.status()).isEqualTo(401);
		Response progress = this.fixtures.get("/admin/reindex/whatever", Map.of(), siteAdmin);
		assertThat(progress.status()).isEqualTo(403);
		Keycloak.deleteGroup(group);
	}

	@Test
	void unknownJobIsNotFound() {
		this.fixtures.problem("/admin/reindex/no-such-job", Map.of(), this.admin, 404);
	}

	private JsonNode awaitDone(String jobId) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
			Response response = this.fixtures.get("/admin/reindex/" + jobId, Map.of(), this.admin);
			assertThat(response.status()).as(response.body()).isEqualTo(200);
			last[0] = response.json();
			String state = last[0].get("state").asString();
			return "DONE".equals(state) || "FAILED".equals(state);
		});
		return last[0];
	}

	private List<String> aliasTargets() {
		JsonNode aliases = this.fixtures.elasticsearch("GET", "/" + this.indexPrefix + "content/_alias", null);
		return aliases.propertyNames().stream().toList();
	}

}
