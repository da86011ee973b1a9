package cn.govsite.tenant.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.govsite.common.test.GovsiteIntegrationTest;
import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.common.test.TestNamespace;
import cn.govsite.tenant.support.TenantApi;

import static org.assertj.core.api.Assertions.assertThat;

@GovsiteIntegrationTest
class ProfileApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestNamespace namespace;

	@Autowired
	JdbcTemplate jdbc;

	TenantApi api;

	@BeforeEach
	void setUp() {
		this.api = new TenantApi(this.port, this.namespace);
	}

	@Test
	void aSiteAdminUpdatesTheProfileAndTheChangeIsRecordedWithItsDeadline() {
		String code = this.api.department("prof", true);
		String siteAdmin = Keycloak.siteUserToken(code, "site-admin");
		String identifier = identifier();
		Response updated = put(code, siteAdmin, profile(identifier, "13912345678"));
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		JsonNode change = updated.json().path("change");
		assertThat(change.path("fields").toString()).contains("sponsorUnit", "siteIdentifier", "contacts");
		Instant changedAt = Instant.parse(change.path("changedAt").asString());
		assertThat(Instant.parse(change.path("reportDue").asString())).isEqualTo(changedAt.plus(Duration.ofDays(2)));

		JsonNode site = this.api.client().get("/public/sites/" + code, null).json();
		assertThat(site.path("sponsorUnit").asString()).isEqualTo("示范市教育局");
		assertThat(site.path("siteIdentifier").asString()).isEqualTo(identifier);
		assertThat(site.path("icpRecord").asString()).isEqualTo("陕ICP备05001612号-1");
		assertThat(site.path("partyGovLabel").asBoolean()).isTrue();
		assertThat(site.has("contacts")).isFalse();

		JsonNode stored = this.api.client().get("/sites/" + code + "/profile", siteAdmin).json();
		assertThat(stored.path("contacts").get(0).path("phone").asString()).isEqualTo("13912345678");

		Response same = put(code, siteAdmin, profile(identifier, "13912345678"));
		assertThat(same.json().path("change").isNull()).isTrue();
		Response phone = put(code, TenantApi.operatorToken(), profile(identifier, "0917-3261234"));
		assertThat(phone.json().path("change").path("fields").toString()).isEqualTo("[\"contacts\"]");
		JsonNode changes = this.api.client().get("/sites/" + code + "/changes", siteAdmin).json();
		assertThat(changes.size()).isEqualTo(2);
		assertThat(changes.get(1).path("changedBy").asString()).isEqualTo("operator");
		long siteId = site.path("id").asLong();
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM outbox_event WHERE event_type = 'SiteUpdated' AND site_id = ?", Integer.class,
				siteId))
			// One at creation (the site went online with its 标识码), one per change.
			.isEqualTo(3);
	}

	@Test
	void refusesMalformedIdentityAndContacts() {
		String code = this.api.department("badprof", true);
		Map<String, Object> body = Map.of("sponsorUnit", "示范市教育局", "siteIdentifier", "12345", "icpRecord", "ICP123",
				"contacts", List.of(Map.of("name", "张三", "phone", "12345", "email", "x@")));
		Response answer = put(code, TenantApi.operatorToken(), body);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.errorFields()).containsExactly("siteIdentifier", "icpRecord", "contacts[0].phone",
				"contacts[0].email");
		assertThat(answer.json().path("errors").get(0).path("message").asString()).contains("10 位");
		Response noSponsor = put(code, TenantApi.operatorToken(), Map.of("organizerUnit", "示范市大数据管理中心"));
		assertThat(noSponsor.errorFields()).containsExactly("sponsorUnit");
		Response tooLong = put(code, TenantApi.operatorToken(), Map.of("sponsorUnit", "局".repeat(101)));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.errorFields()).containsExactly("sponsorUnit");
	}

	@Test
	void aSiteIdentifierBelongsToOneSite() {
		String first = this.api.department("ida", true);
		String second = this.api.department("idb", true);
		String identifier = identifier();
		assertThat(put(first, TenantApi.operatorToken(), profile(identifier, "13912345678")).status()).isEqualTo(200);
		Response taken = put(second, TenantApi.operatorToken(), profile(identifier, "13912345678"));
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.json().path("detailEn").asString()).contains(identifier);
	}

	@Test
	void onlyTheSitesAdminsChangeItsProfile() {
		String mine = this.api.department("pmine", true);
		String other = this.api.department("pother", true);
		String siteAdmin = Keycloak.siteUserToken(mine, "site-admin");
		String editor = Keycloak.siteUserToken(mine, "editor");
		assertThat(put(other, siteAdmin, profile(identifier(), "13912345678")).status()).isEqualTo(403);
		assertThat(put(mine, editor, profile(identifier(), "13912345678")).status()).isEqualTo(403);
		assertThat(this.api.client().get("/sites/" + other + "/profile", siteAdmin).status()).isEqualTo(403);
		assertThat(this.api.client().get("/sites/" + other + "/changes", siteAdmin).status()).isEqualTo(403);
		assertThat(put(mine, null, profile(identifier(), "13912345678")).status()).isEqualTo(401);
		assertThat(this.api.client().get("/sites/" + mine + "/profile", editor).status()).isEqualTo(200);
	}

	private Response put(String code, String token, Object body) {
		return this.api.client().put("/sites/" + code + "/profile", token, null, body);
	}

	private static Map<String, Object> profile(String identifier, String phone) {
		return Map.of("sponsorUnit", "示范市教育局", "organizerUnit", "示范市大数据管理中心", "siteIdentifier", identifier, "icpRecord",
				"陕ICP备05001612号-1", "policeRecord", "陕公网安备 61030202000123号", "partyGovLabel", true, "contacts",
				List.of(Map.of("name", "张三", "phone", phone, "email", "zhang@jyj.gov.cn")));
	}

	private static final AtomicInteger IDENTIFIERS = new AtomicInteger();

	/**
	 * Unique per call: the test database is private to this class, its tests share it.
	 */
	private static String identifier() {
		return "610300" + String.format("%04d", IDENTIFIERS.incrementAndGet());
	}

}
