package cn.govsite.search.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.test.GovsiteIntegrationTest;
import cn.govsite.search.support.SearchFixtures;
import cn.govsite.search.support.SearchFixtures.Article;
import cn.govsite.search.support.SearchFixtures.Site;

import static cn.govsite.search.support.SearchFixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Archived items (已归档) stay findable, marked and ranked below current ones; a site that
 * goes offline, closes or is closed leaves public search within seconds of its
 * {@code SiteStatusChanged} event, and comes back when it is online again.
 */
@GovsiteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisibilityAndArchiveTests {

	static final Site ARCHIVE = new Site(901, "va-archive", "眉县档案馆", "va-archive.govsite.localhost");

	static final Site CLOSING = new Site(902, "va-closing", "眉县撤并乡镇", "va-closing.govsite.localhost");

	static final Site OTHER = new Site(903, "va-other", "眉县人民政府", "va-other.govsite.localhost");

	@LocalServerPort
	int port;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	GovsiteProperties properties;

	@Autowired
	JsonMapper json;

	SearchFixtures fixtures;

	@BeforeAll
	void publish() {
		this.fixtures = new SearchFixtures(this.port, this.redis, this.properties, this.json);
		// The same text; the archived one is even newer, so only the archive mark can
		// rank
		// it lower.
		this.fixtures.publish(new Article(ARCHIVE, 90_001, "眉县猕猴桃产业扶持办法", "猕猴桃种植户补贴标准。", "工作动态", null,
				Instant.parse("2025-01-01T00:00:00Z")));
		this.fixtures.publishArchived(new Article(ARCHIVE, 90_002, "眉县猕猴桃产业扶持办法", "猕猴桃种植户补贴标准。", "工作动态", null,
				Instant.parse("2026-06-01T00:00:00Z")), Instant.now(), Instant.parse("2026-11-01T00:00:00Z"));
		this.fixtures.publish(new Article(CLOSING, 90_101, "槐芽镇秸秆禁烧通告", "秸秆禁烧期间严禁焚烧。"));
		this.fixtures.publish(new Article(OTHER, 90_201, "眉县秸秆综合利用方案", "秸秆禁烧与综合利用。"));
		this.fixtures.awaitTotal(Map.of("q", "猕猴桃", "site", ARCHIVE.code()), 2);
		this.fixtures.awaitTotal(Map.of("q", "秸秆禁烧", "site", CLOSING.code()), 1);
		this.fixtures.awaitTotal(Map.of("q", "秸秆禁烧", "site", OTHER.code()), 1);
	}

	@Test
	void anArchivedItemIsFoundMarkedAndRankedBelowTheCurrentOne() {
		JsonNode answer = this.fixtures.search(Map.of("q", "猕猴桃扶持办法", "site", ARCHIVE.code()));
		assertThat(ids(answer)).containsExactly("article-90001", "article-90002");
		JsonNode current = answer.get("hits").get(0);
		JsonNode archived = answer.get("hits").get(1);
		assertThat(current.get("archived").asBoolean()).isFalse();
		assertThat(current.get("archivedAt").isNull()).isTrue();
		assertThat(archived.get("archived").asBoolean()).isTrue();
		assertThat(archived.get("archivedAt").asString()).isEqualTo("2026-11-01T00:00:00Z");
		// Sorted by date the archived item, being newer, comes first: it is not hidden.
		JsonNode byDate = this.fixtures.search(Map.of("q", "猕猴桃扶持办法", "site", ARCHIVE.code(), "sort", "date"));
		assertThat(ids(byDate)).containsExactly("article-90002", "article-90001");
	}

	@Test
	void aClosedSiteLeavesSearchWithinSecondsAndReturnsWhenOnlineAgain() {
		Instant closedAt = Instant.now();
		this.fixtures.siteStatusChanged(CLOSING, "ONLINE", "CLOSING", closedAt);
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(ids(this.fixtures.search(Map.of("q", "秸秆禁烧", "scope", "all"))))
				.doesNotContain("article-90101")
				.contains("article-90201"));
		JsonNode all = this.fixtures.search(Map.of("q", "秸秆禁烧", "scope", "all"));
		assertThat(all.get("facets").get("sites").findValuesAsString("code")).doesNotContain(CLOSING.code());
		assertThat(this.fixtures.search(Map.of("q", "秸秆禁烧", "site", CLOSING.code())).get("total").asLong()).isZero();

		// A late event from before the closure changes nothing.
		this.fixtures.siteStatusChanged(CLOSING, "APPROVED", "ONLINE", closedAt.minusSeconds(60));
		this.fixtures.siteStatusChanged(OTHER, "ONLINE", "TEMPORARILY_OFFLINE", Instant.now());
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(ids(this.fixtures.search(Map.of("q", "秸秆禁烧", "scope", "all"))))
				.doesNotContain("article-90201"));
		assertThat(ids(this.fixtures.search(Map.of("q", "秸秆禁烧", "scope", "all")))).doesNotContain("article-90101");

		this.fixtures.siteStatusChanged(CLOSING, "CLOSING", "ONLINE", Instant.now());
		this.fixtures.siteStatusChanged(OTHER, "TEMPORARILY_OFFLINE", "ONLINE", Instant.now());
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(ids(this.fixtures.search(Map.of("q", "秸秆禁烧", "scope", "all"))))
				.contains("article-90101", "article-90201"));
	}

}
