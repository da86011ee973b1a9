package cn.govsite.content.publishing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.MapRecord;

import cn.govsite.common.event.EventStreams;
import cn.govsite.common.storage.ObjectStorage;
import cn.govsite.common.storage.StorageProperties;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A page changed or removed in object storage behind the platform's back is found by the
 * tamper check, alerted (site and platform) and restored by rendering it again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TamperCheckTests extends ContentIntegrationTest {

	@Autowired
	private ObjectStorage storage;

	@Autowired
	private StorageProperties storageProperties;

	@Autowired
	private TamperCheck check;

	private TestSite site;

	private String admin;

	private long article;

	@BeforeAll
	void site() {
		this.site = siteFromEvent("市卫健委");
		this.admin = userWith(this.site, "site-admin");
		long column = directColumn(this.site, "卫生健康");
		this.article = draft(this.admin, this.site, column, "秋冬季传染病防控提示", "请注意个人防护。");
		assertThat(api().post("/articles/" + this.article + "/publish", this.admin, this.site.ref(), "").status())
			.isEqualTo(200);
	}

	@Test
	void aModifiedPageIsDetectedAlertedAndRestored() {
		String key = this.site.code() + "/articles/" + this.article + ".html";
		String recorded = recordedHash(key);
		String original = page(key);
		// Tampering: the object in S3 rewritten directly.
		this.storage.put(bucket(), key, "<html><body>网站已被黑</body></html>".getBytes(StandardCharsets.UTF_8),
				"text/html");
		String tamperedHash = RenderedPage.sha256(this.storage.get(bucket(), key).orElseThrow().content());

		List<TamperAlert> alerts = this.check.check();

		assertThat(alerts).filteredOn(a -> a.getObjectKey().equals(key)).singleElement().satisfies(alert -> {
			assertThat(alert.getExpectedSha256()).isEqualTo(recorded);
			assertThat(alert.getFoundSha256()).isEqualTo(tamperedHash);
			assertThat(alert.getRestoredAt()).isNotNull();
		});
		assertThat(page(key)).isEqualTo(original).doesNotContain("网站已被黑");
		assertThat(RenderedPage.sha256(page(key).getBytes(StandardCharsets.UTF_8))).isEqualTo(recordedHash(key));

		JsonNode event = awaitTamperEvent(key);
		assertThat(event.get("siteId").asLong()).isEqualTo(this.site.ref().id());
		assertThat(event.get("foundSha256").asString()).isEqualTo(tamperedHash);
		assertThat(event.get("restored").asBoolean()).isTrue();

		JsonNode visible = api().get("/publishing/tamper-alerts", this.admin, this.site.ref()).json();
		assertThat(visible.valueStream().map(a -> a.get("objectKey").asString())).contains(key);

		// A second round finds nothing more of this site.
		assertThat(this.check.check()).noneMatch(a -> a.getSiteId().equals(this.site.ref().id()));
	}

	@Test
	void aDeletedPageIsRestoredToo() {
		String key = this.site.code() + "/index.html";
		this.storage.delete(bucket(), key);
		List<TamperAlert> alerts = this.check.check();
		assertThat(alerts).filteredOn(a -> a.getObjectKey().equals(key))
			.singleElement()
			.satisfies(alert -> assertThat(alert.getFoundSha256()).isNull());
		assertThat(page(key)).contains("秋冬季传染病防控提示");
	}

	@Test
	void anotherSiteSeesNoneOfTheAlerts() {
		TestSite other = siteFromEvent("市统计局");
		String otherAdmin = userWith(other, "site-admin");
		assertThat(api().get("/publishing/tamper-alerts", otherAdmin, this.site.ref()).status()).isEqualTo(403);
		assertThat(api().get("/publishing/tamper-alerts", otherAdmin, other.ref()).json().size()).isZero();
		assertThat(api().get("/publishing/tamper-alerts", userWith(this.site, "editor"), this.site.ref()).status())
			.isEqualTo(403);
	}

	private JsonNode awaitTamperEvent(String key) {
		String stream = EventStreams.of(this.govsite).events();
		return await().atMost(Duration.ofSeconds(20)).until(() -> {
			List<MapRecord<String, Object, Object>> records = this.redis.opsForStream()
				.range(stream, Range.unbounded());
			for (MapRecord<String, Object, Object> record : records) {
				Object envelope = record.getValue().get("envelope");
				if (envelope == null) {
					continue;
				}
				JsonNode event = this.json.readTree(envelope.toString());
				if (PageTampered.TYPE.equals(event.get("type").asString())
						&& key.equals(event.get("payload").get("objectKey").asString())) {
					return event.get("payload");
				}
			}
			return null;
		}, found -> found != null);
	}

	private String recordedHash(String key) {
		return this.jdbc.queryForObject("SELECT sha256 FROM published_file WHERE site_id = ? AND object_key = ?",
				String.class, this.site.ref().id(), key);
	}

	private String page(String key) {
		return new String(this.storage.get(bucket(), key).orElseThrow().content(), StandardCharsets.UTF_8);
	}

	private String bucket() {
		return this.storageProperties.bucket("pages");
	}

}
