package cn.govsite.tenant.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.govsite.common.test.GovsiteIntegrationTest;
import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.common.test.TestNamespace;
import cn.govsite.tenant.support.TenantApi;

import static org.assertj.core.api.Assertions.assertThat;

@GovsiteIntegrationTest
class AuditApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestNamespace namespace;

	TenantApi api;

	@BeforeEach
	void setUp() {
		this.api = new TenantApi(this.port, this.namespace);
	}

	@Test
	void everyAdministrativeCallIsRecordedWithItsOutcomeAndOrigin() {
		Instant before = Instant.now().minusSeconds(1);
		String code = this.api.department("aud", false);
		String siteAdmin = Keycloak.siteUserToken(code, "site-admin");
		ServiceClient forwarded = this.api.client()
			.withHeader(cn.govsite.common.web.ClientAddress.HEADER, "203.0.113.7");
		assertThat(
				forwarded.post("/sites/" + code + "/transitions", siteAdmin, Map.of("action", "APPROVE", "reason", "x"))
					.status())
			.isEqualTo(403);
		assertThat(forwarded.post("/sites/" + code + "/transitions", null, Map.of("action", "APPROVE", "reason", "x"))
			.status()).isEqualTo(401);
		assertThat(this.api.transition(code, TenantApi.operatorToken(), Map.of("action", "APPROVE", "reason", "同意"))
			.status()).isEqualTo(201);

		String supervisor = Keycloak.token("supervisor", Keycloak.DEMO_PASSWORD);
		Response log = this.api.client()
			.get("/audit?site=" + code + "&from=" + before + "&to=" + Instant.now().plusSeconds(5), supervisor);
		assertThat(log.status()).as(log.body()).isEqualTo(200);
		List<String> rows = new ArrayList<>();
		for (JsonNode entry : log.json()) {
			rows.add(entry.path("actor").asString().replaceAll("^u[0-9a-f]+-", "") + " "
					+ entry.path("action").asString() + " " + entry.path("outcome").asInt());
		}
		assertThat(rows).containsExactly("operator POST /sites/{code}/transitions 201",
				// Refused before routing: the path stands for the route.
				"anonymous POST /sites/" + code + "/transitions 401", "site-admin POST /sites/{code}/transitions 403",
				"operator POST /sites 201");
		assertThat(log.json().get(1).path("clientIp").asString()).isEqualTo("203.0.113.7");
		assertThat(log.json().get(0).path("clientIp").asString()).isEqualTo("127.0.0.1");
		assertThat(log.json().get(0).path("target").asString()).isEqualTo("/sites/" + code + "/transitions");
	}

	@Test
	void onlySupervisionReadsTheLog() {
		String code = this.api.department("audr", true);
		String siteAdmin = Keycloak.siteUserToken(code, "site-admin");
		assertThat(this.api.client().get("/audit?site=" + code, siteAdmin).status()).isEqualTo(403);
		assertThat(this.api.client().get("/audit", null).status()).isEqualTo(401);
		assertThat(this.api.client().get("/audit?site=" + code, TenantApi.operatorToken()).json().size())
			.isGreaterThan(0);
	}

	@Test
	void refusesAMalformedWindow() {
		Response badDate = this.api.client().get("/audit?from=yesterday", TenantApi.operatorToken());
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.errorFields()).containsExactly("from");
		Response reversed = this.api.client()
			.get("/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", TenantApi.operatorToken());
		assertThat(reversed.status()).isEqualTo(400);
		assertThat(reversed.errorFields()).containsExactly("from");
	}

}
