package cn.govsite.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.govsite.common.test.Infrastructure;
import cn.govsite.common.test.Keycloak;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens Keycloak really signed but not for the platform's API are refused with 401 by
 * the gateway and by every service on its own port: one without the {@code govsite-api}
 * audience (a client of the realm that lacks the scope), one of another realm
 * ({@code master}), and one of the platform realm whose issuer names another address
 * (same signing keys: only the issuer check stops it). The operator's proper token, on
 * the same calls, is not refused, so each 401 is the token's doing.
 */
@ExtendWith(Platform.class)
class ForeignTokensTest {

	static final String RUN = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 3);

	static String clientId;

	static final Map<String, String> FOREIGN = new LinkedHashMap<>();

	static String proper;

	@BeforeAll
	static void tokens() {
		String client = "no-api-audience-" + RUN;
		clientId = Keycloak.createClientWithoutApiAudience(client);
		String keycloak = Infrastructure.keycloakUrl();
		FOREIGN.put("without the govsite-api audience",
				Keycloak.token(keycloak, Infrastructure.REALM, client, "operator", Keycloak.DEMO_PASSWORD));
		FOREIGN.put("of the master realm", Keycloak.token(keycloak, "master", "admin-cli", "admin", "admin"));
		String otherAddress = keycloak.replace("127.0.0.1", "localhost");
		String otherIssuer = Keycloak.token(otherAddress, Infrastructure.REALM, Keycloak.TEST_CLIENT, "operator",
				Keycloak.DEMO_PASSWORD);
		assertThat(claims(otherIssuer)).as("Keycloak names the issuer after the address asked")
			.contains("\"iss\":\"" + otherAddress + "/realms/" + Infrastructure.REALM + "\"");
		FOREIGN.put("with another issuer (same keys)", otherIssuer);
		assertThat(claims(FOREIGN.get("without the govsite-api audience"))).doesNotContain("govsite-api");
		proper = Keycloak.token("operator", Keycloak.DEMO_PASSWORD);
	}

	@AfterAll
	static void removeClient() {
		if (clientId != null) {
			Keycloak.deleteClient(clientId);
		}
	}

	@Test
	void theGatewayRefusesThem() {
		GatewayClient gateway = new GatewayClient(Platform.get().gateway.url());
		for (String path : new String[] { "/api/tenant/sites", "/api/content/column-plans", "/api/asset/assets",
				"/api/tenant/domains" }) {
			assertThat(gateway.get(null, path, proper).status()).as("proper token on " + path).isNotEqualTo(401);
			FOREIGN.forEach((what, token) -> {
				GatewayClient.Response response = gateway.get(null, path, token);
				assertThat(response.status()).as("a token %s on %s: %s", what, path, response).isEqualTo(401);
				assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			});
		}
	}

	@Test
	void everyServiceRefusesThemOnItsOwnPort() throws Exception {
		Platform platform = Platform.get();
		Map<String, String> calls = Map.of(platform.tenant.url(), "/sites", platform.content.url(), "/column-plans",
				platform.asset.url(), "/assets", platform.search.url(), "/admin/analytics/queries");
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		for (Map.Entry<String, String> call : calls.entrySet()) {
			URI uri = URI.create(call.getKey() + call.getValue());
			assertThat(get(http, uri, proper).statusCode()).as("proper token on " + uri).isNotEqualTo(401);
			for (Map.Entry<String, String> foreign : FOREIGN.entrySet()) {
				HttpResponse<String> response = get(http, uri, foreign.getValue());
				assertThat(response.statusCode()).as("a token %s on %s: %s", foreign.getKey(), uri, response.body())
					.isEqualTo(401);
			}
		}
	}

	private static HttpResponse<String> get(HttpClient http, URI uri, String token) throws Exception {
		return http.send(HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String claims(String token) {
		return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
	}

}
