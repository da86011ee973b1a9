package cn.govsite.tenant.domain;

import java.net.IDN;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.govsite.common.test.GovsiteIntegrationTest;
import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.common.test.TestNamespace;
import cn.govsite.tenant.support.MovableClock;
import cn.govsite.tenant.support.TenantApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data center's domain steps against the running service: a site's Chinese domain,
 * and a county portal's English domain change from announcement to switch to release.
 */
@GovsiteIntegrationTest
@Import(MovableClock.Config.class)
class DomainApiTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	TestNamespace namespace;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DomainSchedule schedule;

	@Autowired
	JsonMapper json;

	TenantApi api;

	String operator;

	@BeforeEach
	void setUp() {
		this.api = new TenantApi(this.port, this.namespace);
		this.operator = TenantApi.operatorToken();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aChineseDomainIsRegisteredResolvedReplacedAndReleased() {
		String code = this.api.department("zh", true);
		String unicode = "示范" + code + "局.政务";
		String ascii = IDN.toASCII(unicode);
		Response registered = chinese(code, unicode, this.operator);
		assertThat(registered.status()).as(registered.body()).isEqualTo(200);
		assertThat(registered.json().path("chineseDomain").asString()).isEqualTo(unicode);
		assertThat(registered.json().path("chineseDomainAscii").asString()).isEqualTo(ascii);

		// Both forms resolve, and the public view (the footer) carries the Unicode form.
		for (String host : List.of(unicode, ascii, ascii.toUpperCase() + ":8080")) {
			Response resolved = resolve(host);
			assertThat(resolved.status()).as(host).isEqualTo(200);
			assertThat(resolved.json().path("code").asString()).isEqualTo(code);
			assertThat(resolved.json().path("chineseDomain").asString()).isEqualTo(unicode);
		}

		// Unique across sites.
		String other = this.api.department("zo", true);
		Response taken = chinese(other, ascii, this.operator);
		assertThat(taken.status()).as(taken.body()).isEqualTo(409);
		assertThat(taken.json().path("type").asString()).endsWith("/conflict");

		String replacement = "示范" + code + "新局.政务";
		assertThat(chinese(code, replacement, this.operator).status()).isEqualTo(200);
		assertThat(resolve(unicode).status()).isEqualTo(404);
		assertThat(resolve(replacement).json().path("code").asString()).isEqualTo(code);

		Response released = this.api.client()
			.delete("/sites/" + code + "/domains/chinese?reason=" + URLEncoder.encode("不再使用", StandardCharsets.UTF_8),
					this.operator, null);
		assertThat(released.status()).as(released.body()).isEqualTo(200);
		assertThat(released.json().path("chineseDomain").isNull()).isTrue();
		assertThat(resolve(replacement).status()).isEqualTo(404);
		Response again = this.api.client().delete("/sites/" + code + "/domains/chinese", this.operator, null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().path("type").asString()).endsWith("/invalid-state");

		assertThat(ledger(code, "CHINESE")).containsExactly("REGISTERED " + unicode, "RELEASED " + unicode,
				"REGISTERED " + replacement, "RELEASED " + replacement);
		// Each step is a change to report within 2 days.
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM site_change c JOIN site s ON s.id = c.site_id WHERE s.code = ? AND c.fields = 'chineseDomain' "
						+ "AND c.report_due = DATE_ADD(c.changed_at, INTERVAL 2 DAY)",
				Integer.class, code))
			.isEqualTo(3);
	}

	@Test
	void aChineseDomainIsCheckedAndOnlyForPlatformAdmins() {
		String code = this.api.department("zv", true);
		Response wrongSuffix = chinese(code, "示范县人民政府.中国", this.operator);
		assertThat(wrongSuffix.status()).isEqualTo(400);
		assertThat(wrongSuffix.errorFields()).containsExactly("domain");
		assertThat(wrongSuffix.json().path("errors").get(0).path("message").asString()).contains(".政务");
		Response blank = chinese(code, "", this.operator);
		assertThat(blank.status()).isEqualTo(400);

		String siteAdmin = Keycloak.siteUserToken(code, "site-admin");
		assertThat(chinese(code, "示范" + code + ".政务", siteAdmin).status()).isEqualTo(403);
		assertThat(chinese(code, "示范" + code + ".政务", null).status()).isEqualTo(401);
		assertThat(chinese(this.api.code("none"), "示范不存在.政务", this.operator).status()).isEqualTo(404);
	}

	@Test
	void aCountyPortalsDomainChangeIsAnnouncedSwitchedAndTheOldDomainReleasedAfterThreeMonths() {
		String code = county("cc");
		String old = code + ".county.localhost";
		String next = code + "-new.county.localhost";
		LocalDate today = LocalDate.now(CHINA);
		LocalDate on = today.plusDays(3);

		Response announced = change(code, next, on, "行政区划调整", this.operator);
		assertThat(announced.status()).as(announced.body()).isEqualTo(201);
		assertThat(announced.json().path("pendingDomain").asString()).isEqualTo(next);
		assertThat(announced.json().path("pendingDomainOn").asString()).isEqualTo(on.toString());
		JsonNode site = this.api.client().get("/sites/" + code, this.operator).json();
		assertThat(site.path("domain").asString()).isEqualTo(old);
		assertThat(site.path("pendingDomain").asString()).isEqualTo(next);
		JsonNode event = lastEvent(code, "SiteDomainChangeAnnounced");
		assertThat(event.path("code").asString()).isEqualTo(code);
		assertThat(event.path("name").asString()).isEqualTo("示范" + code + "县人民政府");
		assertThat(event.path("oldDomain").asString()).isEqualTo(old);
		assertThat(event.path("newDomain").asString()).isEqualTo(next);
		assertThat(event.path("effectiveOn").asString()).isEqualTo(on.toString());
		assertThat(event.path("reason").asString()).isEqualTo("行政区划调整");
		assertThat(event.path("siteId").asLong()).isEqualTo(site.path("id").asLong());
		assertThat(event.has("occurredAt")).isTrue();
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM site_change c JOIN site s ON s.id = c.site_id WHERE s.code = ? AND c.fields = 'domain' "
						+ "AND c.report_due = DATE_ADD(c.changed_at, INTERVAL 2 DAY) AND c.after_json LIKE ?",
				Integer.class, code, "%" + next + "%"))
			.isEqualTo(1);
		// The new name is reserved: nobody else may take it meanwhile.
		Response reserved = change(county("cr"), next, on, "抢注", this.operator);
		assertThat(reserved.status()).as(reserved.body()).isEqualTo(409);
		assertThat(reserved.json().path("type").asString()).endsWith("/conflict");

		// Before its day nothing moves.
		this.schedule.run();
		assertThat(resolve(old).json().path("domain").asString()).isEqualTo(old);

		this.clock.advance(Duration.ofDays(4));
		this.schedule.run();
		this.schedule.run();
		JsonNode switched = resolve(old).json();
		assertThat(switched.path("code").asString()).isEqualTo(code);
		assertThat(switched.path("domain").asString()).isEqualTo(next);
		assertThat(switched.path("formerDomain").asString()).isEqualTo(old);
		assertThat(resolve(next).json().path("code").asString()).isEqualTo(code);
		JsonNode updated = lastEvent(code, "SiteUpdated");
		assertThat(updated.path("changedFields").toString()).contains("domain");
		assertThat(updated.path("domain").asString()).isEqualTo(next);
		assertThat(updated.path("staleHosts").toString()).contains(old);
		assertThat(this.api.client().get("/sites/" + code, this.operator).json().path("formerDomainUntil").asString())
			.isEqualTo(on.plusMonths(3).minusDays(1).toString());

		this.clock.advance(Duration.ofDays(95));
		this.schedule.run();
		this.schedule.run();
		assertThat(resolve(old).status()).isEqualTo(404);
		assertThat(resolve(next).json().path("code").asString()).isEqualTo(code);
		assertThat(ledger(code, "ENGLISH")).containsExactly("REGISTERED " + old, "ANNOUNCED " + next, "CHANGED " + next,
				"RELEASED " + old);
		// One SiteUpdated per step, however often the schedule ran.
		for (String fields : List.of("[\"domain\"]", "[\"formerDomain\"]")) {
			assertThat(this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM outbox_event e JOIN site s ON s.id = e.site_id WHERE s.code = ? "
							+ "AND e.event_type = 'SiteUpdated' AND e.envelope LIKE ?",
					Integer.class, code, "%\"changedFields\":" + fields + "%"))
				.as(fields)
				.isEqualTo(1);
		}
	}

	@Test
	void aChangeIsRefusedWithProblemsAndAPendingOneCanBeCancelled() {
		String department = this.api.department("cd", true);
		Response assigned = change(department, "x-" + department + ".county.localhost", tomorrow(), "改名",
				this.operator);
		assertThat(assigned.status()).isEqualTo(409);
		assertThat(assigned.json().path("type").asString()).endsWith("/invalid-state");
		assertThat(assigned.json().path("detail").asString()).contains("平台统一分配");
		assertThat(assigned.json().path("detailEn").asString()).contains("assigned by the platform");

		String code = county("cx");
		Response past = change(code, code + "-n.county.localhost", LocalDate.now(CHINA), "改名", this.operator);
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.errorFields()).containsExactly("effectiveOn");
		Response invalid = change(code, "bad host!", tomorrow(), "改名", this.operator);
		assertThat(invalid.errorFields()).containsExactly("newDomain");
		Response missing = this.api.client()
			.post("/sites/" + code + "/domains/change", this.operator, Map.of("newDomain", "a.county.localhost"));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.errorFields()).contains("effectiveOn", "reason");
		Response usedByDepartment = change(code, department + ".govsite.localhost", tomorrow(), "改名", this.operator);
		assertThat(usedByDepartment.status()).isEqualTo(409);
		assertThat(usedByDepartment.json().path("type").asString()).endsWith("/conflict");

		String siteAdmin = Keycloak.siteUserToken(code, "site-admin");
		assertThat(change(code, code + "-n.county.localhost", tomorrow(), "改名", siteAdmin).status()).isEqualTo(403);
		assertThat(change(code, code + "-n.county.localhost", tomorrow(), "改名", null).status()).isEqualTo(401);

		assertThat(change(code, code + "-n.county.localhost", tomorrow(), "改名", this.operator).status()).isEqualTo(201);
		Response twice = change(code, code + "-m.county.localhost", tomorrow(), "再改", this.operator);
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.json().path("type").asString()).endsWith("/invalid-state");

		assertThat(this.api.client().delete("/sites/" + code + "/domains/change", siteAdmin, null).status())
			.isEqualTo(403);
		Response cancelled = this.api.client().delete("/sites/" + code + "/domains/change", this.operator, null);
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		assertThat(cancelled.json().path("pendingDomain").isNull()).isTrue();
		JsonNode event = lastEvent(code, "SiteDomainChangeCancelled");
		assertThat(event.path("oldDomain").asString()).isEqualTo(code + ".county.localhost");
		assertThat(event.path("newDomain").asString()).isEqualTo(code + "-n.county.localhost");
		assertThat(ledger(code, "ENGLISH")).endsWith("ANNOUNCED " + code + "-n.county.localhost",
				"CANCELLED " + code + "-n.county.localhost");
		Response none = this.api.client().delete("/sites/" + code + "/domains/change", this.operator, null);
		assertThat(none.status()).isEqualTo(409);
		// The freed name may be announced again.
		assertThat(change(code, code + "-n.county.localhost", tomorrow(), "改名", this.operator).status()).isEqualTo(201);
	}

	@Test
	void aSiteLeavingSupervisionKeepsNoAnnouncedChange() {
		String code = county("cl");
		assertThat(change(code, code + "-n.county.localhost", tomorrow(), "改名", this.operator).status()).isEqualTo(201);
		Response exited = this.api.transition(code, this.operator, Map.of("action", "EXIT_SUPERVISION", "reason",
				"机构改革", "notice", "本网站退出政府网站监管。", "attachment", "编制部门批复.pdf"));
		assertThat(exited.status()).as(exited.body()).isEqualTo(201);
		JsonNode event = lastEvent(code, "SiteDomainChangeCancelled");
		assertThat(event.path("newDomain").asString()).isEqualTo(code + "-n.county.localhost");
		assertThat(ledger(code, "ENGLISH")).endsWith("CANCELLED " + code + "-n.county.localhost");
		assertThat(resolve(code + "-n.county.localhost").status()).isEqualTo(404);
	}

	@Test
	void goingOnlineAtCreationNeedsAValidUniqueSiteIdentifier() {
		String city = this.api.cityPortal();
		Map<String, Object> body = new LinkedHashMap<>(Map.of("code", this.api.code("id"), "name", "示范市标识局", "kind",
				"DEPARTMENT", "parentCode", city, "autoApprove", true));
		Response missing = this.api.client().post("/sites", this.operator, body);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.errorFields()).containsExactly("siteIdentifier");
		body.put("siteIdentifier", "12345");
		Response malformed = this.api.client().post("/sites", this.operator, body);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.errorFields()).containsExactly("siteIdentifier");
		String identifier = TenantApi.siteIdentifier();
		body.put("siteIdentifier", identifier);
		Response created = this.api.client().post("/sites", this.operator, body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().path("status").asString()).isEqualTo("ONLINE");
		assertThat(created.json().path("siteIdentifier").asString()).isEqualTo(identifier);
		// Footers learn the identifier as they learn every identity change.
		assertThat(lastEvent(created.json().path("code").asString(), "SiteUpdated").path("siteIdentifier").asString())
			.isEqualTo(identifier);
		body.put("code", this.api.code("id"));
		Response duplicate = this.api.client().post("/sites", this.operator, body);
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.json().path("detail").asString()).contains("网站标识码");
	}

	private String county(String stem) {
		String code = this.api.code(stem);
		Response created = this.api.createSite(code, "示范" + code + "县人民政府", "COUNTY_PORTAL", this.api.cityPortal(),
				code + ".county.localhost", true);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return code;
	}

	private Response chinese(String code, String domain, String token) {
		return this.api.client().put("/sites/" + code + "/domains/chinese", token, null, Map.of("domain", domain));
	}

	private Response change(String code, String newDomain, LocalDate on, String reason, String token) {
		return this.api.client()
			.post("/sites/" + code + "/domains/change", token,
					Map.of("newDomain", newDomain, "effectiveOn", on.toString(), "reason", reason));
	}

	private Response resolve(String host) {
		return this.api.client()
			.get("/public/sites/resolve?host=" + URLEncoder.encode(host, StandardCharsets.UTF_8), null);
	}

	private List<String> ledger(String code, String kind) {
		List<String> entries = new ArrayList<>();
		for (JsonNode entry : this.api.client().get("/sites/" + code + "/domains", this.operator).json()) {
			if (kind.equals(entry.path("kind").asString())) {
				entries.add(entry.path("action").asString() + " " + entry.path("domain").asString());
			}
		}
		return entries;
	}

	private JsonNode lastEvent(String code, String type) {
		String envelope = this.jdbc.queryForObject(
				"SELECT e.envelope FROM outbox_event e JOIN site s ON s.id = e.site_id WHERE s.code = ? AND e.event_type = ? "
						+ "ORDER BY e.id DESC LIMIT 1",
				String.class, code, type);
		return this.json.readTree(envelope).path("payload");
	}

	private static LocalDate tomorrow() {
		return LocalDate.now(CHINA).plusDays(1);
	}

}
