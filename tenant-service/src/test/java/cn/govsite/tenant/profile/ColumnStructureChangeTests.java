package cn.govsite.tenant.profile;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.event.EventEnvelope;
import cn.govsite.common.event.EventStreams;
import cn.govsite.common.test.GovsiteIntegrationTest;
import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.TestNamespace;
import cn.govsite.tenant.support.TenantApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A change of a site's main column structure, announced by content-service, is recorded
 * with the site's other changes and its 2-day reporting deadline, once however often the
 * event arrives; an event without its site is set aside.
 */
@GovsiteIntegrationTest
class ColumnStructureChangeTests {

	@LocalServerPort
	int port;

	@Autowired
	TestNamespace namespace;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	JsonMapper json;

	@Autowired
	GovsiteProperties govsite;

	TenantApi api;

	@BeforeEach
	void setUp() {
		this.api = new TenantApi(this.port, this.namespace);
	}

	@Test
	void aNewTopLevelColumnIsAChangeToReportWithinTwoDays() {
		String code = this.api.department("cols", true);
		long siteId = this.api.client().get("/public/sites/" + code, null).json().path("id").asLong();
		Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> payload = Map.of("siteId", siteId, "code", code, "before", List.of("政务公开", "新闻中心"), "after",
				List.of("政务公开", "新闻中心", "办事服务"), "actor", "zhang.editor", "occurredAt", at.toString());
		String first = put("ColumnStructureChanged", siteId, code, payload);
		String siteAdmin = Keycloak.siteUserToken(code, "site-admin");
		await().atMost(Duration.ofSeconds(30)).until(() -> handled(first));
		// The same change again under another envelope (a replayed outbox): recorded
		// once.
		String again = put("ColumnStructureChanged", siteId, code, payload);
		await().atMost(Duration.ofSeconds(30)).until(() -> handled(again));

		JsonNode changes = this.api.client().get("/sites/" + code + "/changes", siteAdmin).json();
		assertThat(changes.size()).isEqualTo(1);
		JsonNode change = changes.get(0);
		assertThat(change.path("fields").toString()).isEqualTo("[\"columns\"]");
		assertThat(change.path("changedBy").asString()).isEqualTo("zhang.editor");
		assertThat(Instant.parse(change.path("reportDue").asString())).isEqualTo(at.plus(Duration.ofDays(2)));
		assertThat(
				this.jdbc.queryForObject("SELECT after_json FROM site_change WHERE site_id = ?", String.class, siteId))
			.contains("办事服务");
		// Another site's admin does not see it.
		String other = this.api.department("colx", true);
		assertThat(this.api.client()
			.get("/sites/" + code + "/changes", Keycloak.siteUserToken(other, "site-admin"))
			.status()).isEqualTo(403);
	}

	@Test
	void anEventWithoutItsSiteIsSetAsideAndRecordsNothing() {
		Integer before = this.jdbc.queryForObject("SELECT COUNT(*) FROM site_change", Integer.class);
		String broken = put("ColumnStructureChanged", null, null, Map.of("after", List.of("甲")));
		await().atMost(Duration.ofSeconds(90)).until(() -> deadLettered(broken));
		assertThat(handled(broken)).isFalse();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM site_change", Integer.class)).isEqualTo(before);
	}

	private String put(String type, Long siteId, String code, Map<String, ?> payload) {
		EventEnvelope event = EventEnvelope.create(type, "content-service", siteId, code,
				this.json.valueToTree(payload));
		this.redis.opsForStream()
			.add(StreamRecords.string(Map.of("envelope", this.json.writeValueAsString(event)))
				.withStreamKey(EventStreams.of(this.govsite).events()));
		return event.id();
	}

	private boolean handled(String eventId) {
		return Boolean.TRUE.equals(
				this.redis.hasKey(EventStreams.of(this.govsite).processed("tenant-service-column-structure", eventId)));
	}

	private boolean deadLettered(String eventId) {
		return this.redis.opsForStream()
			.range(EventStreams.of(this.govsite).deadLetters(), Range.unbounded())
			.stream()
			.anyMatch(entry -> "tenant-service-column-structure".equals(entry.getValue().get("group"))
					&& String.valueOf(entry.getValue().get("envelope")).contains(eventId));
	}

}
