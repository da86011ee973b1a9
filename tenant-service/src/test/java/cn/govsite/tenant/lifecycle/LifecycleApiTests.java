package cn.govsite.tenant.lifecycle;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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
import static org.awaitility.Awaitility.await;

@GovsiteIntegrationTest
@Import(MovableClock.Config.class)
class LifecycleApiTests {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static String supervisorToken;

	@LocalServerPort
	int port;

	@Autowired
	TestNamespace namespace;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	TenantApi api;

	@BeforeEach
	void setUp() {
		this.api = new TenantApi(this.port, this.namespace);
		if (supervisorToken == null) {
			supervisorToken = Keycloak.token("supervisor", Keycloak.DEMO_PASSWORD);
		}
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aNewSiteIsAppliedThenApprovedBySupervisionThenBroughtOnline() {
		String code = this.api.department("new", false);
		assertThat(status(code)).isEqualTo("APPLIED");

		Response approved = this.api.transition(code, supervisorToken, Map.of("action", "APPROVE", "reason", "同意开设"));
		assertThat(approved.status()).as(approved.body()).isEqualTo(201);
		assertThat(approved.json().path("from").asString()).isEqualTo("APPLIED");
		assertThat(approved.json().path("to").asString()).isEqualTo("APPROVED");
		assertThat(approved.json().path("actor").asString()).isEqualTo("supervisor");
		assertThat(status(code)).isEqualTo("APPROVED");

		// 标识码 first: without it the site stays approved.
		Response unidentified = this.api.transition(code, TenantApi.operatorToken(),
				Map.of("action", "BRING_ONLINE", "reason", "通过安全检测"));
		assertThat(unidentified.status()).as(unidentified.body()).isEqualTo(409);
		assertThat(unidentified.json().path("type").asString()).endsWith("/invalid-state");
		assertThat(unidentified.json().path("detail").asString()).contains("网站标识码");
		assertThat(status(code)).isEqualTo("APPROVED");
		this.api.identify(code);

		Response online = this.api.transition(code, TenantApi.operatorToken(),
				Map.of("action", "BRING_ONLINE", "reason", "通过安全检测", "attachment", "asset:7"));
		assertThat(online.status()).as(online.body()).isEqualTo(201);
		assertThat(status(code)).isEqualTo("ONLINE");

		Response history = this.api.client().get("/sites/" + code + "/transitions", supervisorToken);
		assertThat(history.status()).isEqualTo(200);
		List<String> actions = new ArrayList<>();
		history.json().forEach(t -> actions.add(t.path("action").asString() + "/" + t.path("actor").asString()));
		assertThat(actions).containsExactly("APPROVE/supervisor", "BRING_ONLINE/operator");
		assertThat(history.json().get(1).path("attachment").asString()).isEqualTo("asset:7");
		assertThat(history.json().get(1).path("reason").asString()).isEqualTo("通过安全检测");
		long siteId = this.api.client().get("/public/sites/" + code, null).json().path("id").asLong();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM outbox_event WHERE event_type = 'SiteStatusChanged' AND site_id = ?",
					Integer.class, siteId))
				.isEqualTo(2));
	}

	@Test
	void autoApproveWalksToOnlineAndRecordsBothSteps() {
		String code = this.api.department("auto", true);
		assertThat(status(code)).isEqualTo("ONLINE");
		JsonNode history = this.api.client().get("/sites/" + code + "/transitions", TenantApi.operatorToken()).json();
		assertThat(history.size()).isEqualTo(2);
		assertThat(history.get(0).path("to").asString()).isEqualTo("APPROVED");
		assertThat(history.get(1).path("to").asString()).isEqualTo("ONLINE");
	}

	@Test
	void aSiteAdminCannotApproveButMayShutDownTheirOwnSiteInAnEmergency() {
		String code = this.api.department("self", false);
		String siteAdmin = Keycloak.siteUserToken(code, "site-admin");
		Response approve = this.api.transition(code, siteAdmin, Map.of("action", "APPROVE", "reason", "自己批准"));
		assertThat(approve.status()).isEqualTo(403);
		assertThat(approve.json().path("type").asString()).endsWith("/forbidden");
		assertThat(status(code)).isEqualTo("APPLIED");

		// The operator may approve what they applied for.
		assertThat(this.api.transition(code, TenantApi.operatorToken(), Map.of("action", "APPROVE", "reason", "同意"))
			.status()).isEqualTo(201);
		this.api.identify(code);
		assertThat(
				this.api.transition(code, TenantApi.operatorToken(), Map.of("action", "BRING_ONLINE", "reason", "上线"))
					.status())
			.isEqualTo(201);

		Response shutdown = this.api.transition(code, siteAdmin,
				Map.of("action", "EMERGENCY_SHUTDOWN", "reason", "遭受攻击", "notice", "网站紧急维护中"));
		assertThat(shutdown.status()).as(shutdown.body()).isEqualTo(201);
		assertThat(shutdown.json().path("reportRequired").asBoolean()).isTrue();
		JsonNode site = this.api.client().get("/public/sites/" + code, null).json();
		assertThat(site.path("status").asString()).isEqualTo("EMERGENCY_SHUTDOWN");
		assertThat(site.path("notice").asString()).isEqualTo("网站紧急维护中");
		assertThat(this.api.transition(code, siteAdmin, Map.of("action", "RESTORE", "reason", "已修复")).status())
			.isEqualTo(201);
		assertThat(status(code)).isEqualTo("ONLINE");
	}

	@Test
	void aUserOfAnotherSiteCannotMoveOrReadThisOne() {
		String mine = this.api.department("mine", true);
		String other = this.api.department("other", true);
		String siteAdmin = Keycloak.siteUserToken(mine, "site-admin");
		Response shutdown = this.api.transition(other, siteAdmin,
				Map.of("action", "EMERGENCY_SHUTDOWN", "reason", "x"));
		assertThat(shutdown.status()).isEqualTo(403);
		assertThat(this.api.client().get("/sites/" + other + "/transitions", siteAdmin).status()).isEqualTo(403);
		assertThat(this.api.client().get("/sites/" + mine + "/transitions", siteAdmin).status()).isEqualTo(200);
		assertThat(status(other)).isEqualTo("ONLINE");
		assertThat(this.api.transition(other, null, Map.of("action", "RESTORE", "reason", "x")).status())
			.isEqualTo(401);
		assertThat(this.api.client().get("/sites/" + other + "/transitions", null).status()).isEqualTo(401);
	}

	@Test
	void aTemporaryOfflineLastsAtMostThirtyDaysAndHappensOncePerYear() {
		String code = this.api.department("off", true);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), CHINA);
		Response tooLong = this.api.transition(code, supervisorToken, offline("系统升级，暂停访问", today.plusDays(31)));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.errorFields()).containsExactly("until");
		assertThat(tooLong.json().path("errors").get(0).path("messageEn").asString()).contains("30 days");
		Response noNotice = this.api.transition(code, supervisorToken,
				Map.of("action", "TAKE_OFFLINE", "reason", "升级", "until", today.plusDays(3).toString()));
		assertThat(noNotice.errorFields()).containsExactly("notice");

		Response offline = this.api.transition(code, supervisorToken, offline("系统升级，暂停访问", today.plusDays(30)));
		assertThat(offline.status()).as(offline.body()).isEqualTo(201);
		JsonNode site = this.api.client().get("/public/sites/" + code, null).json();
		assertThat(site.path("status").asString()).isEqualTo("TEMPORARILY_OFFLINE");
		assertThat(site.path("notice").asString()).isEqualTo("系统升级，暂停访问");
		assertThat(site.path("until").asString()).isEqualTo(today.plusDays(30).toString());

		assertThat(this.api.transition(code, supervisorToken, Map.of("action", "RESTORE", "reason", "升级完成")).status())
			.isEqualTo(201);
		Response second = this.api.transition(code, supervisorToken, offline("再次升级", today.plusDays(2)));
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.json().path("type").asString()).endsWith("/invalid-state");
		assertThat(second.json().path("detailEn").asString()).contains("per year");
		assertThat(status(code)).isEqualTo("ONLINE");
	}

	@Test
	void closingNeedsMigrationTargetsAndReleasesTheDomainOnlyAfterTheNoticePeriod() {
		String code = this.api.department("close", true);
		Response noTarget = this.api.transition(code, supervisorToken,
				Map.of("action", "START_CLOSING", "reason", "机构撤并", "notice", "本站即将关停"));
		assertThat(noTarget.status()).isEqualTo(400);
		assertThat(noTarget.errorFields()).containsExactly("migrationTarget");

		Response closing = this.api.transition(code, supervisorToken, Map.of("action", "START_CLOSING", "reason",
				"机构撤并", "notice", "本站内容已迁移至市政府门户", "migrationTarget", "https://www.govsite.localhost/"));
		assertThat(closing.status()).as(closing.body()).isEqualTo(201);
		assertThat(closing.json().path("noticeUntil").isNull()).isFalse();

		Response early = this.api.transition(code, TenantApi.operatorToken(),
				Map.of("action", "CLOSE", "reason", "注销"));
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().path("type").asString()).endsWith("/invalid-state");
		assertThat(status(code)).isEqualTo("CLOSING");

		this.clock.advance(Duration.ofDays(30).plusMinutes(1));
		Response closed = this.api.transition(code, TenantApi.operatorToken(),
				Map.of("action", "CLOSE", "reason", "注销"));
		assertThat(closed.status()).as(closed.body()).isEqualTo(201);
		JsonNode site = this.api.client().get("/sites/" + code, TenantApi.operatorToken()).json();
		assertThat(site.path("status").asString()).isEqualTo("CLOSED");
		assertThat(site.path("domainReleasedAt").isNull()).isFalse();
		assertThat(site.path("migrationTarget").asString()).isEqualTo("https://www.govsite.localhost/");
		assertThat(this.api.transition(code, TenantApi.operatorToken(), Map.of("action", "RESTORE", "reason", "x"))
			.status()).isEqualTo(409);
		List<String> ledger = new ArrayList<>();
		this.api.client()
			.get("/sites/" + code + "/domains", supervisorToken)
			.json()
			.forEach(entry -> ledger.add(entry.path("action").asString() + " " + entry.path("domain").asString()));
		assertThat(ledger).containsExactly("REGISTERED " + code + ".govsite.localhost",
				"RELEASED " + code + ".govsite.localhost");
	}

	@Test
	void refusesMalformedTransitions() {
		String code = this.api.department("bad", true);
		Response unknown = this.api.transition(code, supervisorToken, Map.of("action", "DELETE", "reason", "x"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.errorFields()).containsExactly("action");
		assertThat(unknown.json().path("errors").get(0).path("messageEn").asString()).contains("APPROVE");
		Response noReason = this.api.transition(code, supervisorToken, Map.of("action", "TAKE_OFFLINE"));
		assertThat(noReason.errorFields()).contains("reason");
		Response badDate = this.api.transition(code, supervisorToken,
				Map.of("action", "TAKE_OFFLINE", "reason", "x", "notice", "n", "until", "next week"));
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.body()).doesNotContain("Exception");
		Response absent = this.api.transition(this.api.code("absent"), TenantApi.operatorToken(),
				Map.of("action", "APPROVE", "reason", "x"));
		assertThat(absent.status()).isEqualTo(404);
		assertThat(absent.json().path("type").asString()).endsWith("/site-not-found");
	}

	private static Map<String, Object> offline(String notice, LocalDate until) {
		return Map.of("action", "TAKE_OFFLINE", "reason", "系统升级改造", "notice", notice, "until", until.toString());
	}

	private String status(String code) {
		return this.api.client().get("/public/sites/" + code, null).json().path("status").asString();
	}

}
