package cn.govsite.content.support;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.event.EventEnvelope;
import cn.govsite.common.event.EventStreams;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.test.GovsiteIntegrationTest;
import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient;
import cn.govsite.common.test.ServiceClient.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The base of content-service's integration tests: the real service against the real
 * servers, one shared context, stand-ins for tenant-service's public API and
 * asset-service's usability question, and helpers that make sites (by event or by
 * fallback), users with roles on them, columns and drafts.
 */
@GovsiteIntegrationTest
public abstract class ContentIntegrationTest {

	protected static final FakeTenantService TENANT_SERVICE = FakeTenantService.start();

	protected static final FakeAssetService ASSET_SERVICE = FakeAssetService.start();

	private static final Queue<String> GROUPS = new ConcurrentLinkedQueue<>();

	private static final Map<String, String> SITE_ADMINS = new java.util.concurrent.ConcurrentHashMap<>();

	@LocalServerPort
	protected int port;

	@Autowired
	protected StringRedisTemplate redis;

	@Autowired
	protected JsonMapper json;

	@Autowired
	protected GovsiteProperties govsite;

	@Autowired
	protected JdbcTemplate jdbc;

	@DynamicPropertySource
	static void tenantService(DynamicPropertyRegistry registry) {
		registry.add("govsite.content.tenant-service-url", TENANT_SERVICE::url);
		registry.add("govsite.content.asset-service-url", ASSET_SERVICE::url);
		// The fixture feeds are served on loopback.
		registry.add("govsite.content.feeds.allow-private-addresses", () -> "true");
	}

	@AfterAll
	static void removeSiteGroups() {
		String group;
		while ((group = GROUPS.poll()) != null) {
			Keycloak.deleteGroup(group);
		}
	}

	protected ServiceClient api() {
		return new ServiceClient(this.port);
	}

	/**
	 * A site announced by a {@code SiteCreated} event on the stream; returns once the
	 * replica holds it.
	 */
	protected TestSite siteFromEvent(String name) {
		return siteFromEvent(name, "DEPARTMENT", 1L);
	}

	/**
	 * A site of the kind under the parent ({@code null}: none), announced by a
	 * {@code SiteCreated} event; returns once the replica holds it.
	 */
	protected TestSite siteFromEvent(String name, String kind, Long parentId) {
		TestSite site = newSite(name);
		Map<String, Object> payload = new java.util.HashMap<>(Map.of("siteId", site.ref().id(), "code", site.code(),
				"name", name, "kind", kind, "domain", site.domain(), "futureField", "ignored"));
		payload.put("parentId", parentId);
		event("SiteCreated", site, payload);
		await().atMost(Duration.ofSeconds(20)).until(() -> siteReplicated(site));
		return site;
	}

	/**
	 * An event of tenant-service about the site, put on the stream as tenant-service
	 * does.
	 */
	protected EventEnvelope event(String type, TestSite site, Map<String, ?> payload) {
		EventEnvelope event = EventEnvelope.create(type, "tenant-service", site.ref().id(), site.code(),
				this.json.valueToTree(payload));
		deliver(event);
		return event;
	}

	/** Puts the event on the stream (again: events arrive at least once). */
	protected void deliver(EventEnvelope event) {
		this.redis.opsForStream()
			.add(StreamRecords.string(Map.of("envelope", this.json.writeValueAsString(event)))
				.withStreamKey(EventStreams.of(this.govsite).events()));
	}

	/**
	 * A site only tenant-service knows (its event has not arrived): content-service must
	 * fetch it.
	 */
	protected TestSite siteFromTenantService(String name) {
		TestSite site = newSite(name);
		TENANT_SERVICE.site(site.code(), this.json.writeValueAsString(Map.of("id", site.ref().id(), "code", site.code(),
				"name", name, "kind", "COUNTY", "parentId", 1, "domain", site.domain(), "status", "ACTIVE")));
		return site;
	}

	/** A site nobody knows: no event, and tenant-service answers 404. */
	protected TestSite unknownSite(String name) {
		return newSite(name);
	}

	protected boolean siteReplicated(TestSite site) {
		Integer rows = this.jdbc.queryForObject("SELECT COUNT(*) FROM site_profile WHERE site_id = ?", Integer.class,
				site.ref().id());
		return rows != null && rows == 1;
	}

	/** A token of a new user holding {@code role} on the site. */
	protected String userWith(TestSite site, String role) {
		return Keycloak.siteUserToken(site.code(), role);
	}

	/**
	 * A new column of the site; returns its id. Columns are managed by site admins, so
	 * the column is made by the site's admin whoever {@code token} is.
	 */
	protected long column(String token, TestSite site, String name) {
		String admin = SITE_ADMINS.computeIfAbsent(site.code(), code -> Keycloak.siteUserToken(code, "site-admin"));
		Response response = api().post("/columns", admin, site.ref(), Map.of("name", name));
		assertThat(response.status()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	/**
	 * A new column guaranteed by 直接发布, whose drafts editors may publish without review;
	 * returns its id.
	 */
	protected long directColumn(TestSite site, String name) {
		String admin = SITE_ADMINS.computeIfAbsent(site.code(), code -> Keycloak.siteUserToken(code, "site-admin"));
		Response response = api().post("/columns", admin, site.ref(), Map.of("name", name, "method", "DIRECT_PUBLISH"));
		assertThat(response.status()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	/** A new draft in the column; returns its id. */
	protected long draft(String token, TestSite site, long columnId, String title, String body) {
		Response response = api().post("/articles", token, site.ref(),
				Map.of("columnId", columnId, "title", title, "body", body));
		assertThat(response.status()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	private static TestSite newSite(String name) {
		String code = "t" + randomHex(5);
		long id = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
		GROUPS.add(Keycloak.createSiteGroups(code));
		return new TestSite(new SiteRef(id, code), name, code + ".govsite.localhost");
	}

	protected static String randomHex(int bytes) {
		byte[] random = new byte[bytes];
		ThreadLocalRandom.current().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

	/** A site of a test: how requests name it, its name and its domain. */
	public record TestSite(SiteRef ref, String name, String domain) {

		public String code() {
			return this.ref.code();
		}

	}

}
