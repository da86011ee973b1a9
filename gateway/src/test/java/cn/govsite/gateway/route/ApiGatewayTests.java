package cn.govsite.gateway.route;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import cn.govsite.common.tenant.SiteHeaderSigner;
import cn.govsite.common.test.Keycloak;
import cn.govsite.gateway.support.GatewayTestBase;

import static org.assertj.core.api.Assertions.assertThat;

class ApiGatewayTests extends GatewayTestBase {

	private static String operator;

	private String operator() {
		if (operator == null) {
			operator = Keycloak.token("operator", Keycloak.DEMO_PASSWORD);
		}
		return operator;
	}

	@Test
	void routesToTheServiceWithoutThePrefixAndRelaysTheToken() {
		JsonNode echo = echo(this.client.get()
			.uri("/api/content/articles/12?draft=true")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + operator()));
		assertThat(echo.path("path").asString()).isEqualTo("/articles/12");
		assertThat(echo.path("query").asString()).isEqualTo("draft=true");
		assertThat(echo.path("headers").path("authorization").asString()).isEqualTo("Bearer " + operator());
		assertThat(echo.path("headers").path("x-request-id").asString()).isNotBlank();
	}

	@Test
	void publicSearchNeedsNoTokenAndArrivesAtTheRoot() {
		JsonNode echo = echo(this.client.get().uri("/api/search?q=x"));
		assertThat(echo.path("path").asString()).isEqualTo("/");
		assertThat(echo.path("query").asString()).isEqualTo("q=x");
	}

	@Test
	void publicSearchIgnoresAnExpiredOrForgedTokenAndDoesNotRelayIt() {
		JsonNode echo = echo(this.client.get()
			.uri("/api/search?q=x")
			.header(HttpHeaders.AUTHORIZATION, "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln"));
		assertThat(echo.path("path").asString()).isEqualTo("/");
		assertThat(echo.path("headers").has("authorization")).isFalse();
	}

	@Test
	void theOtherPublicSearchPathsNeedNoToken() {
		assertThat(echo(this.client.get().uri("/api/search/search?q=x")).path("path").asString()).isEqualTo("/search");
		assertThat(echo(this.client.get().uri("/api/search/suggest?q=x")).path("path").asString())
			.isEqualTo("/suggest");
	}

	@Test
	void searchAnalyticsIsNotPublic() {
		for (String path : List.of("/api/search/analytics/queries", "/api/search/admin/analytics/queries",
				"/api/search/admin/reindex/1")) {
			JsonNode problem = problem(this.client.get().uri(path), 401);
			assertThat(problem.path("type").asString()).endsWith("/unauthenticated");
		}
	}

	@Test
	void searchAnalyticsGetsTheTokenAndTheNamedSite() {
		String code = code("stats");
		this.stubs.addSite(code, code + ".govsite.localhost");
		JsonNode echo = echo(this.client.get()
			.uri("/api/search/analytics/queries?days=7")
			.header("X-Govsite-Site", code)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + operator()));
		assertThat(echo.path("path").asString()).isEqualTo("/analytics/queries");
		assertThat(echo.path("headers").path("authorization").asString()).isEqualTo("Bearer " + operator());
		assertThat(echo.path("headers").path("x-govsite-site-code").asString()).isEqualTo(code);
	}

	@Test
	void anEditorOfOneSiteCannotReadAnothersSearchAnalytics() {
		String mine = code("amine");
		String other = code("aother");
		this.stubs.addSite(mine, mine + ".govsite.localhost");
		this.stubs.addSite(other, other + ".govsite.localhost");
		String groups = Keycloak.createSiteGroups(mine);
		try {
			String editor = Keycloak.siteUserToken(mine, "editor");
			echo(this.client.get()
				.uri("/api/search/analytics/queries")
				.header("X-Govsite-Site", mine)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + editor));
			JsonNode problem = problem(this.client.get()
				.uri("/api/search/analytics/queries")
				.header("X-Govsite-Site", other)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + editor), 403);
			assertThat(problem.path("detail").asString()).contains(other);
		}
		finally {
			Keycloak.deleteGroup(groups);
		}
	}

	@Test
	void clientSentSiteHeadersAreAlwaysDropped() {
		JsonNode echo = echo(this.client.get()
			.uri("/api/content/columns")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + operator())
			.header("X-Govsite-Site-Id", "999")
			.header("X-Govsite-Site-Code", "evil"));
		assertThat(echo.path("headers").has("x-govsite-site-id")).isFalse();
		assertThat(echo.path("headers").has("x-govsite-site-code")).isFalse();
	}

	@Test
	void theServicesLearnTheClientsAddressAndNotAForgedOne() {
		JsonNode echo = echo(this.client.get()
			.uri("/api/content/columns")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + operator())
			.header("X-Govsite-Client-Address", "198.51.100.7")
			.header("X-Forwarded-For", "198.51.100.8"));
		assertThat(echo.path("headers").path("x-govsite-client-address").asString()).isEqualTo("127.0.0.1");
		assertThat(echo.path("headers").has("x-forwarded-for")).isFalse();
	}

	@Test
	void aNamedSiteReplacesForgedHeaders() {
		String code = code("named");
		long id = this.stubs.addSite(code, code + ".govsite.localhost");
		JsonNode echo = echo(this.client.get()
			.uri("/api/content/columns")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + operator())
			.header("X-Govsite-Site", code)
			.header("X-Govsite-Site-Id", "999")
			.header("X-Govsite-Site-Code", "evil")
			.header("X-Govsite-Site-Signature", "forged"));
		assertThat(echo.path("headers").path("x-govsite-site-id").asString()).isEqualTo(Long.toString(id));
		assertThat(echo.path("headers").path("x-govsite-site-code").asString()).isEqualTo(code);
		String signature = echo.path("headers").path("x-govsite-site-signature").asString();
		assertThat(new SiteHeaderSigner(SiteHeaderSigner.DEV_SECRET).verify(id, code, signature)).isTrue();
	}

	@Test
	void theHostNamesTheSiteOfAnApiCall() {
		String code = code("host");
		long id = this.stubs.addSite(code, code + ".govsite.localhost");
		JsonNode echo = echo(this.client.get()
			.uri("/api/content/mailbox")
			.header(HttpHeaders.HOST, code + ".govsite.localhost:18080")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + Keycloak.token("citizen", Keycloak.DEMO_PASSWORD)));
		assertThat(echo.path("headers").path("x-govsite-site-id").asString()).isEqualTo(Long.toString(id));
	}

	@Test
	void citizensReachContentsPublicEndpointsWithoutAnAccountOnTheirSite() {
		String code = code("citizen");
		long id = this.stubs.addSite(code, code + ".govsite.localhost");
		JsonNode echo = echo(this.client.post()
			.uri("/api/content/public/mailboxes/consult/messages")
			.header(HttpHeaders.HOST, code + ".govsite.localhost")
			.bodyValue("{}"));
		assertThat(echo.path("path").asString()).isEqualTo("/public/mailboxes/consult/messages");
		assertThat(echo.path("headers").path("x-govsite-site-id").asString()).isEqualTo(Long.toString(id));
		// Only the public part: the staff side of the same service still needs a token.
		problem(this.client.get()
			.uri("/api/content/mailbox-messages")
			.header(HttpHeaders.HOST, code + ".govsite.localhost"), 401);
	}

	@Test
	void anAdminApiWithoutATokenIs401Problem() {
		JsonNode problem = problem(this.client.post().uri("/api/tenant/sites").bodyValue("{}"), 401);
		assertThat(problem.path("type").asString()).endsWith("/unauthenticated");
		assertThat(problem.path("title").asString()).isEqualTo("需要登录");
		assertThat(problem.path("titleEn").asString()).isEqualTo("Authentication required");
		assertThat(problem.path("requestId").asString()).isNotBlank();
	}

	@Test
	void aBadTokenIs401Problem() {
		this.client.get()
			.uri("/api/content/columns")
			.header(HttpHeaders.AUTHORIZATION, "Bearer not-a-jwt")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueMatches(HttpHeaders.WWW_AUTHENTICATE, ".*invalid_token.*")
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void noRoleOnTheNamedSiteIs403() {
		String code = code("norole");
		this.stubs.addSite(code, code + ".govsite.localhost");
		JsonNode problem = problem(
				this.client.get()
					.uri("/api/content/columns")
					.header("X-Govsite-Site", code)
					.header(HttpHeaders.AUTHORIZATION, "Bearer " + Keycloak.token("citizen", Keycloak.DEMO_PASSWORD)),
				403);
		assertThat(problem.path("type").asString()).endsWith("/forbidden");
		assertThat(problem.path("detail").asString()).contains(code);
	}

	@Test
	void anEditorOfOneSiteCannotNameAnother() {
		String mine = code("mine");
		String other = code("other");
		this.stubs.addSite(mine, mine + ".govsite.localhost");
		this.stubs.addSite(other, other + ".govsite.localhost");
		String groups = Keycloak.createSiteGroups(mine);
		try {
			String editor = Keycloak.siteUserToken(mine, "editor");

			JsonNode own = echo(this.client.get()
				.uri("/api/content/columns")
				.header("X-Govsite-Site", mine)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + editor));
			assertThat(own.path("headers").path("x-govsite-site-code").asString()).isEqualTo(mine);
			problem(this.client.get()
				.uri("/api/content/columns")
				.header("X-Govsite-Site", other)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + editor), 403);
		}
		finally {
			Keycloak.deleteGroup(groups);
		}
	}

	@Test
	void anUnknownNamedSiteIs404Problem() {
		JsonNode problem = problem(this.client.get()
			.uri("/api/content/columns")
			.header("X-Govsite-Site", code("ghost"))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + operator()), 404);
		assertThat(problem.path("type").asString()).endsWith("/site-not-found");
		JsonNode malformed = problem(this.client.get()
			.uri("/api/content/columns")
			.header("X-Govsite-Site", "../etc")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + operator()), 400);
		assertThat(malformed.path("errors").get(0).path("field").asString()).isEqualTo("X-Govsite-Site");
	}

	@Test
	void unknownApiPathsAndDeadServicesAnswerAsProblems() {
		JsonNode unknown = problem(
				this.client.get().uri("/api/nothing/here").header(HttpHeaders.AUTHORIZATION, "Bearer " + operator()),
				404);
		assertThat(unknown.path("type").asString()).endsWith("/not-found");
		JsonNode dead = problem(
				this.client.get().uri("/api/asset/assets").header(HttpHeaders.AUTHORIZATION, "Bearer " + operator()),
				503);
		assertThat(dead.path("type").asString()).endsWith("/service-unavailable");
		assertThat(dead.toString()).doesNotContain("Exception").doesNotContain("127.0.0.1:9");
	}

	@Test
	void theServicesOpenApiDescriptionsAreNotExposed() {
		for (String path : new String[] { "/api/tenant/v3/api-docs", "/api/content/v3/api-docs/swagger-config",
				"/api/search/v3/api-docs", "/api/asset/v3/api-docs.yaml", "/api/tenant//v3/api-docs",
				"/api/content/V3/api-docs" }) {
			JsonNode anonymous = problem(this.client.get().uri(path), 404);
			assertThat(anonymous.path("type").asString()).as(path).endsWith("/not-found");
			problem(this.client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + operator()), 404);
		}
		// The stub would echo any path it gets: a 404 means the gateway never forwarded
		// it.
		assertThat(HiddenServiceDocsFilter.isServiceDocs("/api/content/articles/v3")).isFalse();
	}

	@Test
	void healthIsPublic() {
		this.client.get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

	private JsonNode echo(org.springframework.test.web.reactive.server.WebTestClient.RequestHeadersSpec<?> request) {
		byte[] body = request.exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
		return this.json.readTree(body);
	}

	private JsonNode problem(org.springframework.test.web.reactive.server.WebTestClient.RequestHeadersSpec<?> request,
			int status) {
		byte[] body = request.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.returnResult()
			.getResponseBody();
		JsonNode problem = this.json.readTree(body);
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		return problem;
	}

}
