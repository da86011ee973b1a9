package cn.govsite.gateway.route;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;

import cn.govsite.gateway.support.GatewayTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's library file on a site's host goes to asset-service (here: not running, so the
 * answer is its 503 problem rather than the pages' 404), with no identity. Serving
 * itself, with ETag and 304, is tested against the real asset-service in e2e
 * {@code MediaLibraryTest}.
 */
class SiteAssetRouteTests extends GatewayTestBase {

	@Test
	void aLibraryFileOnASiteHostIsAskedOfAssetServiceIgnoringTokens() {
		String code = code("img");
		this.stubs.addSite(code, code + ".govsite.localhost");

		byte[] body = this.client.get()
			.uri("/assets/42/content")
			.header(HttpHeaders.HOST, code + ".govsite.localhost")
			.header(HttpHeaders.AUTHORIZATION, "Bearer stale")
			.header(HttpHeaders.ACCEPT, "application/json")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.returnResult()
			.getResponseBody();
		JsonNode problem = this.json.readTree(body);
		assertThat(problem.path("type").asString()).endsWith("/service-unavailable");
	}

	@Test
	void otherPathsUnderAssetsArePages() {
		String code = code("img");
		this.stubs.addSite(code, code + ".govsite.localhost");
		this.client.get()
			.uri("/assets/logo/content")
			.header(HttpHeaders.HOST, code + ".govsite.localhost")
			.exchange()
			.expectStatus()
			.isNotFound();
		this.client.post()
			.uri("/assets/42/content")
			.header(HttpHeaders.HOST, code + ".govsite.localhost")
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

}
