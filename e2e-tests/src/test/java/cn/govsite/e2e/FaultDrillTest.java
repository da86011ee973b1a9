package cn.govsite.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import cn.govsite.common.test.Infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 故障演练 — the fault drill of issue 12. During a burst of publishes, each of Elasticsearch,
 * Redis, the object store, Keycloak and every service is killed with {@code kill -9} in
 * turn and started again. Afterwards every published item is live and searchable exactly
 * once, nothing is half-published and the outbox is drained. While the object store or
 * Keycloak is down, a cached public page keeps being served and an admin call answers
 * clearly (success or a 503 problem), never hangs.
 * <p>
 * It kills the launcher's servers, so it runs only on a platform of its own:
 * {@code ./govsite faults} (ports +20000, state {@code .govsite-faults}); tagged
 * {@code faults} and left out of the normal build. {@code -Dgovsite.faults.items=500}.
 */
@Tag("faults")
@ExtendWith(Platform.class)
class FaultDrillTest {

	private static final int ITEMS = Integer.getInteger("govsite.faults.items", 500);

	private static final int EDITORS = 4;

	private static final Duration DOWNTIME = Duration.ofSeconds(5);

	private static final Duration PROBE_LIMIT = Duration.ofSeconds(15);

	@Test
	void aBurstOfPublishesLosesNothingWhileEachPartIsKilled() throws Exception {
		Platform platform = Platform.get();
		Demo demo = new Demo(platform);
		String run = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 3);
		String portal = Demo.cityPortal(demo);
		String drillSite = "yjj" + run;
		JsonNode site = demo.createSite(drillSite, "示范市应急管理局", "DEPARTMENT", portal);
		long siteId = site.get("id").asLong();
		String host = drillSite + ".govsite.localhost";
		long column = demo.createColumn(drillSite, "应急演练");

		// A quiet site whose page the gateway has cached: it must stay readable
		// throughout.
		String quietSite = "tjj" + run;
		demo.createSite(quietSite, "示范市统计局", "DEPARTMENT", portal);
		String quietHost = quietSite + ".govsite.localhost";
		long quietColumn = demo.createColumn(quietSite, "统计数据");
		long quietArticle = demo.createArticle(quietHost, quietColumn, "2026年前三季度全市经济运行情况", "前三季度全市地区生产总值同比增长百分之五点二。");
		demo.publish(quietHost, quietArticle);
		String quietPage = "/articles/" + quietArticle + ".html";
		assertThat(demo.gateway.get(quietHost, quietPage, null).status()).isEqualTo(200);

		List<FaultTarget> targets = List.of(FaultTarget.server("elasticsearch"), FaultTarget.server("redis"),
				FaultTarget.server("s3proxy"), FaultTarget.server("keycloak"), FaultTarget.service(platform.tenant),
				FaultTarget.service(platform.content), FaultTarget.service(platform.search),
				FaultTarget.service(platform.asset), FaultTarget.service(platform.gateway));
		int batch = Math.max(1, ITEMS / (targets.size() + 1));
		List<String> timeline = new ArrayList<>();
		List<DrillProbe> probes = new ArrayList<>();
		long burstStart = System.nanoTime();
		String titlePrefix = "应急演练通知" + run;
		try (PublishBurst burst = new PublishBurst(demo.gateway, host, column, titlePrefix, ITEMS, EDITORS)) {
			int releasedSoFar = 0;
			for (FaultTarget target : targets) {
				burst.release(batch);
				releasedSoFar += batch;
				// Let the batch get under way, so the kill lands on publishes in flight.
				burst.awaitCompleted(releasedSoFar - batch + Math.min(batch, EDITORS), Duration.ofMinutes(10));
				long down = System.nanoTime();
				target.kill();
				if (target.name().equals("s3proxy") || target.name().equals("keycloak")) {
					probes.addAll(probeWhileDown(demo, target.name(), quietHost, quietPage, quietColumn));
				}
				Thread.sleep(DOWNTIME.toMillis());
				target.restart();
				timeline.add(String.format("%-16s down %5.1f s, %4d items published by then", target.name(),
						(System.nanoTime() - down) / 1e9, burst.completed()));
			}
			burst.releaseAll();
			burst.awaitCompleted(ITEMS, Duration.ofMinutes(15));
			double burstSeconds = (System.nanoTime() - burstStart) / 1e9;
			Map<Integer, Long> published = burst.published();

			Verdict verdict = verdict(platform, demo, siteId, drillSite, host, published, titlePrefix);
			print(timeline, probes, burst, burstSeconds, verdict);

			assertThat(published).hasSize(ITEMS);
			assertThat(verdict.unpublishedEvents).as("outbox rows never sent").isZero();
			assertThat(verdict.statesOfBurstItems).as("states of the burst's items").containsOnlyKeys("PUBLISHED");
			assertThat(verdict.pagesMissing).as("published items whose page is not served").isEmpty();
			assertThat(verdict.indexedOnce).as("items indexed exactly once").isEqualTo(ITEMS);
			assertThat(verdict.indexedExtra).as("index documents of the site beyond its published items").isEmpty();
			assertThat(verdict.searchTotal).as("search API total for the drill's words on the site").isEqualTo(ITEMS);
			assertThat(verdict.halfPublished).as("items with a page or a document but not PUBLISHED").isEmpty();
			assertThat(probes).as("probes while the object store or Keycloak was down").allSatisfy(probe -> {
				assertThat(probe.clear()).as(probe.toString()).isTrue();
				assertThat(probe.took()).as(probe.toString()).isLessThan(PROBE_LIMIT);
			});
			assertThat(probes.stream().filter(probe -> probe.what().startsWith("cached page")))
				.allSatisfy(probe -> assertThat(probe.status()).as(probe.toString()).isEqualTo(200));
		}
	}

	/**
	 * A citizen reads a cached page; an editor publishes (needs the object store); an
	 * operator lists sites.
	 */
	private static List<DrillProbe> probeWhileDown(Demo demo, String down, String quietHost, String quietPage,
			long quietColumn) {
		List<DrillProbe> probes = new ArrayList<>();
		probes.add(DrillProbe.of("cached page, " + down + " down", () -> demo.gateway.get(quietHost, quietPage, null)));
		probes.add(DrillProbe.of("admin: list sites, " + down + " down",
				() -> demo.gateway.get(null, "/api/tenant/sites", demo.operatorToken)));
		probes.add(DrillProbe.of("admin: create + publish, " + down + " down", () -> {
			GatewayClient.Response created = demo.gateway.postJson(quietHost, "/api/content/articles",
					demo.operatorToken, Map.of("columnId", quietColumn, "title", "故障期间的发布", "body", "故障期间提交的稿件。"));
			if (created.status() != 201) {
				return created;
			}
			return demo.gateway.postJson(quietHost,
					"/api/content/articles/" + created.json().get("id").asLong() + "/publish", demo.operatorToken,
					"{}");
		}));
		return probes;
	}

	/** What the drill finds once everything runs again. */
	record Verdict(long unpublishedEvents, Map<String, Integer> statesOfBurstItems, List<Long> pagesMissing,
			int indexedOnce, List<String> indexedExtra, long searchTotal, List<Long> halfPublished, int orphanDrafts,
			Duration drained) {
	}

	private static Verdict verdict(Platform platform, Demo demo, long siteId, String siteCode, String host,
			Map<Integer, Long> published, String titlePrefix) throws Exception {
		long start = System.nanoTime();
		Set<Long> burstIds = new HashSet<>(published.values());
		try (Connection db = DriverManager.getConnection(Infrastructure.jdbcUrl(platform.contentDatabase),
				Infrastructure.DB_USER, Infrastructure.DB_PASSWORD)) {
			await().atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> count(db, "SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL") == 0);
			Set<String> expectedDocs = new HashSet<>();
			burstIds.forEach(id -> expectedDocs.add("article-" + id));
			// Search catches up from the stream: wait until it holds every published
			// item.
			await().atMost(Duration.ofMinutes(5))
				.pollInterval(Duration.ofSeconds(2))
				.until(() -> indexedIds(platform, siteId).containsAll(expectedDocs));
			Duration drained = Duration.ofNanos(System.nanoTime() - start);

			Map<String, Integer> states = new HashMap<>();
			List<Long> notPublished = new ArrayList<>();
			try (Statement statement = db.createStatement();
					ResultSet rows = statement
						.executeQuery("SELECT id, state FROM article WHERE site_id = " + siteId + " ORDER BY id")) {
				while (rows.next()) {
					long id = rows.getLong(1);
					String state = rows.getString(2);
					if (burstIds.contains(id)) {
						states.merge(state, 1, Integer::sum);
					}
					else if (!"PUBLISHED".equals(state)) {
						notPublished.add(id);
					}
				}
			}
			List<Long> pagesMissing = new ArrayList<>();
			for (long id : burstIds) {
				GatewayClient.Response page = demo.gateway.get(host, "/articles/" + id + ".html", null);
				if (page.status() != 200 || !page.body().contains(titlePrefix)) {
					pagesMissing.add(id);
				}
			}
			List<String> indexed = indexedIdList(platform, siteId);
			int indexedOnce = (int) indexed.stream().filter(expectedDocs::contains).distinct().count();
			List<String> extra = indexed.stream().filter(doc -> !expectedDocs.contains(doc)).toList();
			List<Long> halfPublished = new ArrayList<>();
			for (long id : notPublished) {
				if (demo.gateway.get(host, "/articles/" + id + ".html", null).status() != 404
						|| indexed.contains("article-" + id)) {
					halfPublished.add(id);
				}
			}
			JsonNode search = demo.gateway
				.get(null, "/api/search?scope=site&size=1&site=" + siteCode + "&q=" + GatewayClient.encode("演练稿件"),
						null)
				.json();
			long unpublished = count(db, "SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL");
			return new Verdict(unpublished, states, pagesMissing, indexedOnce, extra, search.get("total").asLong(),
					halfPublished, notPublished.size(), drained);
		}
	}

	private static long count(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static Set<String> indexedIds(Platform platform, long siteId) throws Exception {
		return new HashSet<>(indexedIdList(platform, siteId));
	}

	/**
	 * Every document id of the site straight from Elasticsearch (duplicates would show
	 * twice).
	 */
	private static List<String> indexedIdList(Platform platform, long siteId) throws Exception {
		String index = platform.namespace.indexPrefix() + "content";
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		String query = "{\"size\":5000,\"_source\":false,\"query\":{\"term\":{\"siteId\":" + siteId + "}}}";
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create(Infrastructure.elasticsearchUrl() + "/" + index + "/_search"))
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(30))
				.POST(HttpRequest.BodyPublishers.ofString(query))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Elasticsearch answered " + response.statusCode() + ": " + response.body());
		}
		List<String> ids = new ArrayList<>();
		GatewayClient.JSON.readTree(response.body())
			.get("hits")
			.get("hits")
			.valueStream()
			.forEach(hit -> ids.add(hit.get("_id").asString()));
		return ids;
	}

	private static void print(List<String> timeline, List<DrillProbe> probes, PublishBurst burst, double seconds,
			Verdict verdict) {
		StringBuilder out = new StringBuilder("\n===== fault drill (issue 12) =====\n");
		out.append(String.format("burst: %d items by %d editors in %.1f s (%.1f items/s), %d retried calls%n",
				burst.completed(), EDITORS, seconds, burst.completed() / seconds, burst.retries()));
		timeline.forEach(line -> out.append("  kill -9 ").append(line).append('\n'));
		out.append("probes while a server was down:\n");
		probes.forEach(probe -> out.append("  ").append(probe).append('\n'));
		out.append(String
			.format("verdict: outbox unsent %d; burst item states %s; pages missing %d; indexed once %d; extra docs %d;"
					+ " search total %d; half-published %d; orphan drafts (answer lost) %d; caught up %.1f s after the burst%n",
					verdict.unpublishedEvents, verdict.statesOfBurstItems, verdict.pagesMissing.size(),
					verdict.indexedOnce, verdict.indexedExtra.size(), verdict.searchTotal, verdict.halfPublished.size(),
					verdict.orphanDrafts, verdict.drained.toMillis() / 1000.0));
		System.out.println(out);
	}

}
