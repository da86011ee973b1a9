package cn.govsite.asset.usage;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.govsite.asset.support.LibraryIntegrationTest;
import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.event.EventEnvelope;
import cn.govsite.common.event.EventStreams;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.test.ServiceClient.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Usages arrive as content-service's {@code MediaUsageChanged} events on the real stream;
 * a resource in use is not retired, and a share is not withdrawn from a site that uses
 * it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsageApiTests extends LibraryIntegrationTest {

	@Autowired
	private StringRedisTemplate redis;

	@Autowired
	private JsonMapper json;

	@Autowired
	private GovsiteProperties govsite;

	private SiteRef siteA;

	private SiteRef siteB;

	private String editorA;

	private String adminA;

	private String editorB;

	@BeforeAll
	void sites() {
		this.siteA = site();
		this.siteB = site();
		this.editorA = user(this.siteA, "editor");
		this.adminA = user(this.siteA, "site-admin");
		this.editorB = user(this.siteB, "editor");
	}

	@Test
	void aResourceInUseIsNotRetiredAndWhereUsedSaysWhere() {
		long id = registered(this.editorA, this.siteA, "用.txt", text());
		long article = ThreadLocalRandom.current().nextLong(1, 1_000_000_000);
		used(this.siteA, article, List.of(id));
		awaitUsages(id, 1);

		Response usages = http().get("/assets/" + id + "/usages", this.editorA, this.siteA);
		assertThat(usages.status()).isEqualTo(200);
		assertThat(usages.json().get(0).get("articleId").asLong()).isEqualTo(article);
		assertThat(usages.json().get(0).get("siteId").asLong()).isEqualTo(this.siteA.id());

		JsonNode refused = problem(
				http().post("/assets/" + id + "/retire", this.adminA, this.siteA, Map.of("reason", "过期")), 409,
				"asset-in-use");
		assertThat(refused.get("detail").asString()).contains("1 篇稿件");
		assertThat(http().get("/assets/" + id, this.editorA, this.siteA).json().get("state").asString())
			.isEqualTo("REGISTERED");

		// the article drops the resource (the same event twice changes nothing more)
		used(this.siteA, article, List.of());
		used(this.siteA, article, List.of());
		awaitUsages(id, 0);
		assertThat(http().post("/assets/" + id + "/retire", this.adminA, this.siteA, Map.of("reason", "过期")).status())
			.isEqualTo(200);
	}

	@Test
	void aShareIsNotRevokedWhileTheGranteeUsesItAndEachSiteSeesItsOwnUsages() {
		long id = registered(this.editorA, this.siteA, "共用.txt", text());
		assertThat(http().post("/assets/" + id + "/grants", this.adminA, this.siteA, Map.of("siteId", this.siteB.id()))
			.status()).isEqualTo(201);
		long articleA = ThreadLocalRandom.current().nextLong(1, 1_000_000_000);
		long articleB = ThreadLocalRandom.current().nextLong(1, 1_000_000_000);
		used(this.siteA, articleA, List.of(id));
		used(this.siteB, articleB, List.of(id));
		awaitUsages(id, 2);

		assertThat(articles(http().get("/assets/" + id + "/usages", this.editorA, this.siteA)))
			.containsExactlyInAnyOrder(articleA, articleB);
		assertThat(articles(http().get("/assets/" + id + "/usages", this.editorB, this.siteB)))
			.containsExactly(articleB);

		problem(http().delete("/assets/" + id + "/grants/" + this.siteB.id(), this.adminA, this.siteA), 409,
				"asset-in-use");
		assertThat(http().get("/assets/" + id, this.editorB, this.siteB).status()).isEqualTo(200);

		used(this.siteB, articleB, List.of());
		awaitUsages(id, 1);
		// A's own use does not stop withdrawing B's grant
		assertThat(http().delete("/assets/" + id + "/grants/" + this.siteB.id(), this.adminA, this.siteA).status())
			.isEqualTo(200);
	}

	@Test
	void aSiteCannotRecordUsesOfAnotherSitesPrivateResourceNorSeeItsUsages() {
		long id = registered(this.editorA, this.siteA, "私.txt", text());
		long marker = registered(this.editorB, this.siteB, "乙.txt", text());
		long article = ThreadLocalRandom.current().nextLong(1, 1_000_000_000);
		// B claims to use A's private resource, and its own: only its own is recorded
		used(this.siteB, article, List.of(id, marker));
		awaitUsages(marker, 1);
		assertThat(count(id)).isZero();
		assertThat(http().post("/assets/" + id + "/retire", this.adminA, this.siteA, Map.of("reason", "不用")).status())
			.isEqualTo(200);

		long other = registered(this.editorA, this.siteA, "私2.txt", text());
		problem(http().get("/assets/" + other + "/usages", this.editorB, this.siteB), 404, "not-found");
		problem(http().get("/assets/" + other + "/usages", this.editorB, this.siteA), 403, "forbidden");
	}

	private void used(SiteRef site, long articleId, List<Long> assetIds) {
		EventEnvelope event = EventEnvelope.create("MediaUsageChanged", "content-service", site.id(), site.code(),
				this.json.valueToTree(Map.of("articleId", articleId, "assetIds", assetIds)));
		this.redis.opsForStream()
			.add(StreamRecords.string(Map.of("envelope", this.json.writeValueAsString(event)))
				.withStreamKey(EventStreams.of(this.govsite).events()));
	}

	private void awaitUsages(long assetId, int expected) {
		await().atMost(Duration.ofSeconds(20)).until(() -> count(assetId) == expected);
	}

	private int count(long assetId) {
		Integer rows = this.jdbc.queryForObject("SELECT COUNT(*) FROM asset_usage WHERE asset_id = ?", Integer.class,
				assetId);
		return (rows != null) ? rows : 0;
	}

	private static List<Long> articles(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		response.json().forEach(usage -> ids.add(usage.get("articleId").asLong()));
		return ids;
	}

	private static byte[] text() {
		return ("引用测试 " + randomHex(8)).getBytes(StandardCharsets.UTF_8);
	}

}
