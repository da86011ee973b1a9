package cn.govsite.tenant.audit;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.govsite.common.test.GovsiteIntegrationTest;
import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.common.test.TestNamespace;
import cn.govsite.tenant.support.TenantApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The audit log is append-only in the database and tamper-evident by its hash chain. */
@GovsiteIntegrationTest
class AuditChainTests {

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
	void theDatabaseRefusesChangesAndTheChainShowsAForgedEntry() {
		String code = this.api.department("chain", false);
		this.api.transition(code, TenantApi.operatorToken(), Map.of("action", "APPROVE", "reason", "同意"));
		String supervisor = Keycloak.token("supervisor", Keycloak.DEMO_PASSWORD);

		JsonNode verified = this.api.client().get("/audit/verify", supervisor).json();
		assertThat(verified.path("intact").asBoolean()).as(verified.toString()).isTrue();
		assertThat(verified.path("checked").asLong()).isGreaterThanOrEqualTo(2);

		long last = this.jdbc.queryForObject("SELECT MAX(id) FROM audit_log", Long.class);
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("UPDATE audit_log SET outcome = 200 WHERE id = ?", last))
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("DELETE FROM audit_log WHERE id = ?", last))
			.withMessageContaining("append-only");
		assertThat(this.jdbc.queryForObject("SELECT outcome FROM audit_log WHERE id = ?", Integer.class, last))
			.isNotEqualTo(200);

		// Inserting stays possible: a forged entry with a made-up hash breaks the chain
		// where it is.
		this.jdbc.update(
				"INSERT INTO audit_log (actor, site_code, action, target, outcome, occurred_at, prev_hash,"
						+ " entry_hash) VALUES ('forger', ?, 'POST /x', '/x', 200, NOW(), ?, ?)",
				code, "f".repeat(64), "e".repeat(64));
		long forged = this.jdbc.queryForObject("SELECT MAX(id) FROM audit_log", Long.class);
		JsonNode broken = this.api.client().get("/audit/verify", supervisor).json();
		assertThat(broken.path("intact").asBoolean()).isFalse();
		assertThat(broken.path("firstBrokenId").asLong()).isEqualTo(forged);
	}

	@Test
	void supervisorsExportTheWindowAsCsv() {
		Instant before = Instant.now().minusSeconds(2);
		String code = this.api.department("csv", false);
		String supervisor = Keycloak.token("supervisor", Keycloak.DEMO_PASSWORD);
		Response csv = this.api.client()
			.get("/audit/export?site=" + code + "&from=" + before + "&to=" + Instant.now().plusSeconds(5), supervisor);
		assertThat(csv.status()).as(csv.body()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		String[] lines = csv.body().replace("\ufeff", "").split("\r\n");
		assertThat(lines[0]).isEqualTo(AuditCsv.HEADER.strip());
		assertThat(lines).hasSize(2);
		assertThat(lines[1]).contains(",operator,", "," + code + ",POST /sites,/sites,201,");
	}

	@Test
	void onlySupervisionVerifiesOrExports() {
		String code = this.api.department("chainr", true);
		String siteAdmin = Keycloak.siteUserToken(code, "site-admin");
		for (String path : new String[] { "/audit/verify", "/audit/export?site=" + code }) {
			assertThat(this.api.client().get(path, siteAdmin).status()).as(path).isEqualTo(403);
			assertThat(this.api.client().get(path, null).status()).as(path).isEqualTo(401);
		}
		Response reversed = this.api.client()
			.get("/audit/export?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", TenantApi.operatorToken());
		assertThat(reversed.status()).isEqualTo(400);
		assertThat(reversed.errorFields()).containsExactly("from");
	}

}
