package cn.govsite.tenant.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.govsite.common.test.GovsiteIntegrationTest;
import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.common.test.TestNamespace;
import cn.govsite.tenant.support.TenantApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cross-site matrix: for every administrative endpoint of tenant-service, the admin
 * of site A is refused (403) on site B, and a caller without a token gets 401. Where the
 * endpoint is about one site, the same user succeeds on A, so the 403 is about B and not
 * a blanket refusal. {@link #theMatrixCoversEveryEndpoint} fails when an endpoint is
 * added without a row here.
 */
@GovsiteIntegrationTest
class CrossSiteMatrixTests {

	/**
	 * One row: the call on {@code {site}}, and what the admin of A gets on A (0: nothing
	 * to compare, a platform-only endpoint, or one whose success its own test shows).
	 */
	record Endpoint(String method, String pattern, String path, Object body, int onOwnSite) {

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

	static final Map<String, Object> PROFILE = Map.of("sponsorUnit", "示范市甲局", "contacts",
			List.of(Map.of("name", "张三", "phone", "13912345678")));

	/** Keycloak outlives test runs: the member is found, or created once. */
	static final Map<String, Object> MEMBER = Map.of("username", "matrix.member", "email",
			"matrix.member@test.govsite.localhost", "role", "editor");

	static List<Endpoint> endpoints() {
		return List
			.of(new Endpoint("GET", "/sites", "/sites", null, 0),
					new Endpoint("POST", "/sites", "/sites",
							Map.of("code", "matrix-x", "name", "示范市某局", "kind", "DEPARTMENT"), 0),
					new Endpoint("GET", "/sites/{code}", "/sites/{site}", null, 200),
					new Endpoint("POST", "/sites/{code}/transitions", "/sites/{site}/transitions",
							Map.of("action", "EMERGENCY_SHUTDOWN", "reason", "演练"), 201),
					new Endpoint("GET", "/sites/{code}/transitions", "/sites/{site}/transitions", null, 200),
					new Endpoint("GET", "/sites/{code}/profile", "/sites/{site}/profile", null, 200),
					new Endpoint("PUT", "/sites/{code}/profile", "/sites/{site}/profile", PROFILE, 200),
					new Endpoint("GET", "/sites/{code}/changes", "/sites/{site}/changes", null, 200),
					new Endpoint("GET", "/sites/{code}/members", "/sites/{site}/members", null, 200),
					new Endpoint("POST", "/sites/{code}/members", "/sites/{site}/members", MEMBER, 201),
					new Endpoint("DELETE", "/sites/{code}/members/{username}/{role}",
							"/sites/{site}/members/" + MEMBER.get("username") + "/editor", null, 204),
					new Endpoint("GET", "/sites/{code}/domains", "/sites/{site}/domains", null, 200),
					new Endpoint("GET", "/domains", "/domains", null, 0),
					// Domain steps are the data center's: the site's own admin is refused
					// too.
					new Endpoint("PUT", "/sites/{code}/domains/chinese", "/sites/{site}/domains/chinese",
							Map.of("domain", "示范矩阵.政务"), 403),
					new Endpoint("DELETE", "/sites/{code}/domains/chinese", "/sites/{site}/domains/chinese", null, 403),
					new Endpoint("POST", "/sites/{code}/domains/change", "/sites/{site}/domains/change",
							Map.of("newDomain", "matrix-new.county.localhost", "effectiveOn", "2099-01-01", "reason",
									"演练"),
							403),
					new Endpoint("DELETE", "/sites/{code}/domains/change", "/sites/{site}/domains/change", null, 403),
					new Endpoint("POST", "/sites/{code}/members/{username}/disable",
							"/sites/{site}/members/" + MEMBER.get("username") + "/disable", null, 0),
					new Endpoint("POST", "/sites/{code}/members/{username}/enable",
							"/sites/{site}/members/" + MEMBER.get("username") + "/enable", null, 0),
					new Endpoint("POST", "/sites/{code}/members/{username}/reset-password",
							"/sites/{site}/members/" + MEMBER.get("username") + "/reset-password", null, 0),
					new Endpoint("GET", "/audit", "/audit?site={site}", null, 0),
					new Endpoint("GET", "/audit/export", "/audit/export?site={site}", null, 0),
					new Endpoint("GET", "/audit/verify", "/audit/verify", null, 0),
					// Backups are for platform admins only: the site's own admin is
					// refused
					// too.
					new Endpoint("GET", "/sites/{code}/backup", "/sites/{site}/backup", null, 403),
					new Endpoint("POST", "/backups/restore", "/backups/restore", null, 403));
	}

	private static String siteA;

	private static String siteB;

	private static String adminOfA;

	@LocalServerPort
	int port;

	@Autowired
	TestNamespace namespace;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	ServiceClient client;

	@BeforeEach
	void sites() {
		TenantApi api = new TenantApi(this.port, this.namespace);
		this.client = api.client();
		if (siteA == null) {
			siteA = api.department("ma", true);
			siteB = api.department("mb", true);
			adminOfA = Keycloak.siteUserToken(siteA, "site-admin");
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpoints")
	void theAdminOfSiteAIsRefusedOnSiteB(Endpoint endpoint) {
		Response answer = call(endpoint, siteB, adminOfA);
		assertThat(answer.status()).as(answer.body()).isEqualTo(403);
		assertThat(answer.json().path("type").asString()).endsWith("/forbidden");
		if (endpoint.onOwnSite() != 0) {
			Response own = call(endpoint, siteA, adminOfA);
			assertThat(own.status()).as(own.body()).isEqualTo(endpoint.onOwnSite());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpoints")
	void aCallerWithoutATokenIsUnauthenticated(Endpoint endpoint) {
		Response answer = call(endpoint, siteB, null);
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.json().path("type").asString()).endsWith("/unauthenticated");
	}

	@Test
	void theMatrixCoversEveryEndpoint() {
		Set<String> served = new TreeSet<>();
		this.mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
			// The OpenAPI description is open on the service port and hidden by the
			// gateway;
			// the e2e isolation matrix reads it.
			if (!pattern.startsWith("/public/") && !pattern.startsWith("/error")
					&& !pattern.startsWith("/v3/api-docs")) {
				info.getMethodsCondition().getMethods().forEach(method -> served.add(method + " " + pattern));
			}
		}));
		Set<String> covered = new TreeSet<>(endpoints().stream().map(Endpoint::toString).toList());
		assertThat(served).isNotEmpty().isEqualTo(covered);
	}

	private Response call(Endpoint endpoint, String site, String token) {
		String path = endpoint.path().replace("{site}", site);
		return switch (endpoint.method()) {
			case "GET" -> this.client.get(path, token);
			case "POST" -> this.client.post(path, token, endpoint.body());
			case "PUT" -> this.client.put(path, token, null, endpoint.body());
			case "DELETE" -> this.client.delete(path, token, null);
			default -> throw new IllegalArgumentException(endpoint.method());
		};
	}

}
