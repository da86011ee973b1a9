package cn.govsite.common.web;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import cn.govsite.common.tenant.SiteHeaderSigner;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantHeaders;
import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.common.testapp.CommonIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client sees when a request goes wrong: RFC 9457 problems in Chinese and English.
 */
@CommonIntegrationTest
class ProblemDetailsTests {

	@LocalServerPort
	int port;

	@Test
	void malformedJsonIsA400ProblemWithoutInternals() {
		Response response = client().post("/public/probe", null, "{\"title\": \"标题\", ");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("type").asString()).isEqualTo("https://govsite.cn/problems/malformed-request");
		assertThat(problem.get("title").asString()).isEqualTo("请求格式错误");
		assertThat(problem.get("titleEn").asString()).isEqualTo("Malformed request");
		assertThat(problem.get("requestId").asString()).isEqualTo(response.header("X-Request-Id")).isNotNull();
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void invalidFieldsAreListedInBothLanguages() {
		Response response = client().post("/public/probe", null,
				"{\"title\": \"" + "很长的标题".repeat(5) + "\", \"count\": 0}");

		assertThat(response.status()).isEqualTo(400);
		JsonNode problem = response.json();
		assertThat(problem.get("type").asString()).endsWith("/validation");
		JsonNode errors = problem.get("errors");
		assertThat(errors).hasSize(2);
		JsonNode title = findField(errors, "title");
		assertThat(title.get("message").asString()).contains("20");
		assertThat(title.get("messageEn").asString()).contains("size must be between 0 and 20");
		assertThat(title.get("message").asString()).isNotEqualTo(title.get("messageEn").asString());
	}

	@Test
	void aDomainProblemKeepsItsTypeAndBilingualDetail() {
		Response response = client().get("/public/probe/missing", null);

		assertThat(response.status()).isEqualTo(404);
		JsonNode problem = response.json();
		assertThat(problem.get("detail").asString()).isEqualTo("栏目不存在：7");
		assertThat(problem.get("detailEn").asString()).isEqualTo("Column not found: 7");
	}

	@Test
	void anUnexpectedFailureHidesItsMessage() {
		Response response = client().get("/public/probe/boom", null);

		assertThat(response.status()).isEqualTo(500);
		assertThat(response.json().get("type").asString()).endsWith("/internal");
		assertThat(response.body()).doesNotContain("secret internals");
	}

	@Test
	void aDownServerIsA503ProblemWithRetryAfterNotA500() {
		Response response = client().get("/public/probe/storage-down", null);

		assertThat(response.status()).isEqualTo(503);
		assertThat(response.header("Retry-After")).isEqualTo("5");
		assertThat(response.json().get("type").asString()).endsWith("/service-unavailable");
		assertThat(response.json().get("title").asString()).isEqualTo("服务暂时不可用");
		assertThat(response.body()).doesNotContain("Connection refused");
	}

	@Test
	void aMissingTokenIsA401AndABadTokenToo() {
		Response none = client().get("/admin/probe", null);
		Response forged = client().get("/admin/probe", "eyJhbGciOiJSUzI1NiJ9.e30.c2ln");

		assertThat(none.status()).isEqualTo(401);
		assertThat(none.json().get("type").asString()).endsWith("/unauthenticated");
		assertThat(forged.status()).isEqualTo(401);
		assertThat(forged.json().get("detailEn").asString()).contains("invalid or expired");
	}

	@Test
	void aRealTokenFromTheRealmIsAccepted() {
		String token = Keycloak.token("operator", Keycloak.DEMO_PASSWORD);

		Response response = client().get("/admin/probe", token);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("operator");
	}

	@Test
	void theSiteComesFromTheGatewayHeadersAndIsRequiredWhereUsed() {
		Response seen = client().get("/public/probe/site", null, new SiteRef(5, "wsj"));
		Response missing = client().get("/public/probe/site", null);

		assertThat(seen.body()).isEqualTo("wsj");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("type").asString()).endsWith("/site-required");
	}

	@Test
	void siteHeadersNotSignedByTheGatewayAreRefused() {
		String honest = new SiteHeaderSigner(SiteHeaderSigner.DEV_SECRET).sign(5, "wsj");
		Response unsigned = client().withHeader(TenantHeaders.RESOLVED_SITE_ID, "5")
			.withHeader(TenantHeaders.RESOLVED_SITE_CODE, "wsj")
			.get("/public/probe/site", null);
		Response swappedCode = client().withHeader(TenantHeaders.RESOLVED_SITE_ID, "5")
			.withHeader(TenantHeaders.RESOLVED_SITE_CODE, "jyj")
			.withHeader(TenantHeaders.RESOLVED_SITE_SIGNATURE, honest)
			.get("/public/probe/site", null);
		Response signedElsewhere = client().withHeader(TenantHeaders.RESOLVED_SITE_ID, "5")
			.withHeader(TenantHeaders.RESOLVED_SITE_CODE, "wsj")
			.withHeader(TenantHeaders.RESOLVED_SITE_SIGNATURE,
					new SiteHeaderSigner("another-deployment-secret").sign(5, "wsj"))
			.get("/public/probe/site", null);

		for (Response refused : new Response[] { unsigned, swappedCode, signedElsewhere }) {
			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.json().get("detailEn").asString()).contains("not signed by the gateway");
		}
	}

	private static JsonNode findField(JsonNode errors, String field) {
		for (JsonNode error : errors) {
			if (field.equals(error.get("field").asString())) {
				return error;
			}
		}
		throw new AssertionError("no error for field " + field + " in " + errors);
	}

	private ServiceClient client() {
		return new ServiceClient(this.port);
	}

}
