package cn.govsite.e2e;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import cn.govsite.common.test.Keycloak;

import static org.assertj.core.api.Assertions.assertThat;

/** Steps of the story as an operator and editors take them, through the gateway only. */
final class Demo {

	static final String CITY_PORTAL = "www";

	private static boolean cityPortalCreated;

	final GatewayClient gateway;

	final String operatorToken;

	Demo(Platform platform) {
		this.gateway = new GatewayClient(platform.gateway.url());
		this.operatorToken = Keycloak.token("operator", Keycloak.DEMO_PASSWORD);
	}

	/** The one city portal ({@code www}), created by the first test that needs it. */
	static synchronized String cityPortal(Demo demo) {
		if (!cityPortalCreated) {
			demo.createSite(CITY_PORTAL, "示范市人民政府", "CITY_PORTAL", null);
			cityPortalCreated = true;
		}
		return CITY_PORTAL;
	}

	JsonNode createSite(String code, String name, String kind, String parentCode) {
		// Online at once, so with its 网站标识码 (random; unique in practice).
		String identifier = Long
			.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));
		Map<String, Object> body = (parentCode != null)
				? Map.of("code", code, "name", name, "kind", kind, "parentCode", parentCode, "autoApprove", true,
						"siteIdentifier", identifier)
				: Map.of("code", code, "name", name, "kind", kind, "autoApprove", true, "siteIdentifier", identifier);
		// Opening a site provisions Keycloak groups: the first one on cold services under
		// a
		// loaded machine takes longer than the client's usual 30 s.
		GatewayClient.Response response = this.gateway
			.send(this.gateway.request(null, "/api/tenant/sites", this.operatorToken)
				.timeout(java.time.Duration.ofSeconds(120))
				.header("Content-Type", "application/json")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(GatewayClient.JSON.writeValueAsString(body))));
		assertThat(response.status()).as("create site %s: %s", code, response).isEqualTo(201);
		return response.json();
	}

	/** A column guaranteed by 直接发布, so the demo's drafts are published without review. */
	long createColumn(String site, String name) {
		GatewayClient.Response response = this.gateway
			.send(this.gateway.request(null, "/api/content/columns", this.operatorToken)
				.header("X-Govsite-Site", site)
				.header("Content-Type", "application/json")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(
						GatewayClient.JSON.writeValueAsString(Map.of("name", name, "method", "DIRECT_PUBLISH")))));
		assertThat(response.status()).as("create column on %s: %s", site, response).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	long createArticle(String siteHost, long columnId, String title, String body) {
		GatewayClient.Response response = this.gateway.postJson(siteHost, "/api/content/articles", this.operatorToken,
				Map.of("columnId", columnId, "title", title, "body", body));
		assertThat(response.status()).as("create article on %s: %s", siteHost, response).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	void publish(String siteHost, long articleId) {
		GatewayClient.Response response = this.gateway.postJson(siteHost,
				"/api/content/articles/" + articleId + "/publish", this.operatorToken, "{}");
		assertThat(response.status()).as("publish %d on %s: %s", articleId, siteHost, response).isEqualTo(200);
	}

	GatewayClient.Response search(String query) {
		return this.gateway.get(null, "/api/search?q=" + GatewayClient.encode(query), null);
	}

}
