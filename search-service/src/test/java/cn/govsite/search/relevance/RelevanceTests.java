package cn.govsite.search.relevance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.test.GovsiteIntegrationTest;
import cn.govsite.search.support.SearchFixtures;
import cn.govsite.search.support.SearchFixtures.Article;
import cn.govsite.search.support.SearchFixtures.Site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 相关性测试集 — the relevance test set: the queries of {@code relevance/queries.tsv} over the
 * fixture corpus {@code relevance/corpus.tsv}, through the real API on real Elasticsearch
 * with the project's plugin. Each query names the item a citizen is looking for; it must
 * be among the first three hits (precision at 3 of the one relevant item). Every miss is
 * listed, so a change to analysis or scoring shows exactly which queries it costs.
 */
@GovsiteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevanceTests {

	static final Site CITY = new Site(1001, "rl-city", "宝鸡市人民政府", "rl-city.govsite.localhost");

	static final Map<String, Site> SITES = Map.of("city", CITY, "rsj",
			new Site(1002, "rl-rsj", "宝鸡市人力资源和社会保障局", "rl-rsj.govsite.localhost"), "gjj",
			new Site(1003, "rl-gjj", "宝鸡住房公积金管理中心", "rl-gjj.govsite.localhost"));

	static final int MIN_QUERIES = 30;

	static final int TOP = 3;

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

	@BeforeAll
	void publishCorpus() {
		this.fixtures = new SearchFixtures(this.port, this.redis, this.properties, this.json);
		this.fixtures.siteCreated(CITY, "PORTAL", null);
		this.fixtures.siteCreated(SITES.get("rsj"), "DEPARTMENT", CITY);
		this.fixtures.siteCreated(SITES.get("gjj"), "DEPARTMENT", CITY);
		List<String[]> corpus = rows("relevance/corpus.tsv", 6);
		for (String[] row : corpus) {
			long id = 100_000 + Long.parseLong(row[0].substring(1));
			this.fixtures.publish(new Article(SITES.get(row[1]), id, row[4], row[5], "栏目", row[2],
					Instant.parse(row[3] + "T02:00:00Z")));
		}
		// Everything indexed, and the site tree known.
		await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> {
			for (Site site : SITES.values()) {
				assertThat(this.fixtures
					.elasticsearch("GET", "/" + indexPrefix() + "content/_count?q=siteCode:" + site.code(), null)
					.get("count")
					.asLong()).isPositive();
			}
			long indexed = this.fixtures
				.elasticsearch("GET", "/" + indexPrefix() + "content/_count?q=siteCode:rl-*", null)
				.get("count")
				.asLong();
			assertThat(indexed).isEqualTo(corpus.size());
			assertThat(this.fixtures.search(Map.of("q", "公积金", "site", CITY.code(), "scope", "tree"))
				.get("total")
				.asLong()).isPositive();
		});
	}

	@Test
	void expectedItemsRankInTheTopThree() {
		List<String[]> queries = rows("relevance/queries.tsv", 3);
		assertThat(queries).hasSizeGreaterThanOrEqualTo(MIN_QUERIES);
		List<String> misses = new ArrayList<>();
		for (String[] query : queries) {
			JsonNode answer = this.fixtures
				.search(Map.of("q", query[0], "site", CITY.code(), "scope", "tree", "size", String.valueOf(TOP)));
			List<String> top = new ArrayList<>();
			answer.get("hits")
				.forEach(hit -> top.add("r" + hit.get("id").asString().substring("article-1000".length())));
			if (!top.contains(query[1])) {
				misses.add(query[0] + " → expected " + query[1] + " (" + query[2] + "), got " + top);
			}
		}
		int found = queries.size() - misses.size();
		System.out.printf("Relevance: %d/%d queries have the expected item in the top %d (%.1f%%)%n", found,
				queries.size(), TOP, 100.0 * found / queries.size());
		misses.forEach(miss -> System.out.println("  miss: " + miss));
		assertThat(misses).isEmpty();
	}

	private String indexPrefix() {
		return this.indexPrefix;
	}

	private static List<String[]> rows(String resource, int columns) {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				RelevanceTests.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] row = line.split("\t");
				assertThat(row).as(line).hasSize(columns);
				rows.add(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

}
