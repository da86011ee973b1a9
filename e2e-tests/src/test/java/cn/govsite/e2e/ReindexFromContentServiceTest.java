package cn.govsite.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import cn.govsite.common.test.Infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A full reindex pulls from the real content-service: publish items, wipe them from the
 * index behind search's back, reindex, and every item is found once again, the alias on
 * the new index, the job's progress at 100%.
 */
@ExtendWith(Platform.class)
class ReindexFromContentServiceTest {

	static final int ITEMS = 12;

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Test
	void aWipedIndexIsRebuiltFromContentServiceWithEveryItemOnce() throws Exception {
		Platform platform = Platform.get();
		Demo demo = new Demo(platform);
		String run = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 3);
		String site = "slj" + run;
		demo.createSite(site, "示范市水利局", "DEPARTMENT", Demo.cityPortal(demo));
		long column = demo.createColumn(site, "水利动态");
		String host = site + ".govsite.localhost";
		for (int i = 1; i <= ITEMS; i++) {
			long article = demo.createArticle(host, column, "水库汛期巡查通报第" + i + "期", "示范市水利局通报水库汛期巡查情况，第" + i + "期。");
			demo.publish(host, article);
		}
		String search = platform.search.url() + "/search?size=50&q=" + GatewayClient.encode("水库汛期巡查") + "&site=" + site;
		await().atMost(Duration.ofSeconds(60)).until(() -> total(get(search, null)) == ITEMS);

		// Wiped behind search's back: only a reindex from the source brings them back.
		String prefix = String.valueOf(platform.namespace.properties().get("govsite.elasticsearch.index-prefix"));
		String alias = prefix + "content";
		// (This Elasticsearch has no _delete_by_query: find the ids, delete them in
		// bulk.)
		JsonNode stored = send("POST", Infrastructure.elasticsearchUrl() + "/" + alias + "/_search",
				"{\"size\":100,\"_source\":false,\"query\":{\"term\":{\"siteCode\":\"" + site + "\"}}}", null);
		StringBuilder deletes = new StringBuilder();
		stored.get("hits")
			.get("hits")
			.forEach(hit -> deletes.append("{\"delete\":{\"_index\":\"")
				.append(hit.get("_index").asString())
				.append("\",\"_id\":\"")
				.append(hit.get("_id").asString())
				.append("\"}}\n"));
		JsonNode wiped = send("POST", Infrastructure.elasticsearchUrl() + "/_bulk?refresh=true", deletes.toString(),
				null);
		assertThat(wiped.get("errors").asBoolean()).as(wiped.toString()).isFalse();
		assertThat(wiped.get("items").size()).isEqualTo(ITEMS);
		assertThat(total(get(search, null))).isZero();

		JsonNode started = send("POST", platform.search.url() + "/admin/reindex", "{}", demo.operatorToken);
		String job = started.get("id").asString();
		String target = started.get("targetIndex").asString();
		List<Integer> percents = new ArrayList<>();
		JsonNode[] last = new JsonNode[1];
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> {
			last[0] = get(platform.search.url() + "/admin/reindex/" + job, demo.operatorToken);
			percents.add(last[0].get("percent").asInt());
			return !last[0].get("state").asString().equals("COPYING")
					&& !last[0].get("state").asString().equals("SWAPPING");
		});
		assertThat(last[0].get("state").asString()).as(last[0].toString()).isEqualTo("DONE");
		assertThat(last[0].get("percent").asInt()).isEqualTo(100);
		assertThat(last[0].get("copied").asLong()).isGreaterThanOrEqualTo(ITEMS);
		assertThat(percents).isSorted();
		JsonNode aliases = get(Infrastructure.elasticsearchUrl() + "/" + alias + "/_alias", null);
		assertThat(aliases.propertyNames()).containsExactly(target);

		JsonNode found = get(search, null);
		assertThat(total(found)).isEqualTo(ITEMS);
		List<String> titles = found.get("hits").valueStream().map(hit -> hit.get("title").asString()).toList();
		assertThat(titles).doesNotHaveDuplicates().hasSize(ITEMS).allMatch(title -> title.startsWith("水库汛期巡查通报第"));
		assertThat(found.get("hits").get(0).get("siteName").asString()).isEqualTo("示范市水利局");
	}

	private static long total(JsonNode answer) {
		return answer.get("total").asLong();
	}

	private static JsonNode get(String url, String token) throws Exception {
		return send("GET", url, null, token);
	}

	private static JsonNode send(String method, String url, String body, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("%s %s: %s", method, url, response.body()).isBetween(200, 202);
		return GatewayClient.JSON.readTree(response.body());
	}

}
