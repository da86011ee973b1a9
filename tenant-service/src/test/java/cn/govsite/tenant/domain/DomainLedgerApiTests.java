package cn.govsite.tenant.domain;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.govsite.common.test.GovsiteIntegrationTest;
import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.common.test.TestNamespace;
import cn.govsite.tenant.support.TenantApi;

import static org.assertj.core.api.Assertions.assertThat;

@GovsiteIntegrationTest
class DomainLedgerApiTests {

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
	void openingASiteRegistersItsDomainInTheLedger() {
		String code = this.api.department("led", false);
		String siteAdmin = Keycloak.siteUserToken(code, "site-admin");
		Response history = this.api.client().get("/sites/" + code + "/domains", siteAdmin);
		assertThat(history.status()).isEqualTo(200);
		JsonNode entry = history.json().get(0);
		assertThat(history.json().size()).isEqualTo(1);
		assertThat(entry.path("domain").asString()).isEqualTo(code + ".govsite.localhost");
		assertThat(entry.path("action").asString()).isEqualTo("REGISTERED");
		assertThat(entry.path("kind").asString()).isEqualTo("ENGLISH");
		assertThat(entry.path("actor").asString()).isEqualTo("operator");

		Response all = this.api.client().get("/domains", Keycloak.token("supervisor", Keycloak.DEMO_PASSWORD));
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.body()).contains(code + ".govsite.localhost");
		assertThat(this.api.client().get("/domains", siteAdmin).status()).isEqualTo(403);
	}

	@Test
	void anUnknownSiteHasNoLedger() {
		Response absent = this.api.client()
			.get("/sites/" + this.api.code("none") + "/domains", TenantApi.operatorToken());
		assertThat(absent.status()).isEqualTo(404);
		assertThat(absent.json().path("type").asString()).endsWith("/site-not-found");
	}

}
