package cn.govsite.tenant.site;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import cn.govsite.common.test.GovsiteIntegrationTest;
import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient;
import cn.govsite.common.test.ServiceClient.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak's admin API unreachable (a port nothing listens on): opening a site must leave
 * nothing behind and say so with a 503 problem. Tokens still come from the real Keycloak.
 */
@GovsiteIntegrationTest
@TestPropertySource(properties = { "govsite.keycloak.url=http://127.0.0.1:9", "govsite.keycloak.connect-timeout=1s" })
class SiteCreationWithoutKeycloakTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void nothingIsWrittenWhenKeycloakFails() {
		String token = Keycloak.token("operator", Keycloak.DEMO_PASSWORD);
		Response answer = new ServiceClient(this.port).withHeader("Accept", "application/json")
			.post("/sites", token, Map.of("code", "www", "name", "示范市人民政府", "kind", "CITY_PORTAL"));

		assertThat(answer.status()).isEqualTo(503);
		assertThat(answer.json().path("type").asString()).endsWith("/service-unavailable");
		assertThat(answer.json().path("detail").asString()).contains("Keycloak");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM site", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM outbox_event", Integer.class)).isZero();
	}

}
