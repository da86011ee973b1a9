package cn.govsite.tenant.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.govsite.common.test.Infrastructure;

/**
 * Looks at the real Keycloak as its administrator (master realm), independently of the
 * service's own admin client, to check what the service provisioned.
 */
public final class KeycloakAdmin {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private KeycloakAdmin() {
	}

	/** The group at the path, e.g. {@code /sites/jyj/editor}, if it exists. */
	public static Optional<JsonNode> group(String path) {
		HttpResponse<String> response = get(realmUrl() + "/group-by-path" + path);
		if (response.statusCode() == 404) {
			return Optional.empty();
		}
		return Optional.of(JSON.readTree(response.body()));
	}

	/** Names of the realm roles mapped directly to the group. */
	public static List<String> realmRolesOf(String groupId) {
		List<String> names = new ArrayList<>();
		JSON.readTree(get(realmUrl() + "/groups/" + groupId + "/role-mappings/realm").body())
			.forEach(role -> names.add(role.path("name").asString()));
		return names;
	}

	private static String realmUrl() {
		return Infrastructure.keycloakUrl() + "/admin/realms/" + Infrastructure.REALM;
	}

	private static HttpResponse<String> get(String url) {
		try {
			HttpResponse<String> response = HTTP.send(
					HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + adminToken()).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200 && response.statusCode() != 404) {
				throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to " + url);
			}
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String adminToken() throws IOException, InterruptedException {
		String form = "grant_type=password&client_id=admin-cli&username=admin&password="
				+ URLEncoder.encode("admin", StandardCharsets.UTF_8);
		HttpResponse<String> response = HTTP.send(HttpRequest
			.newBuilder(URI.create(Infrastructure.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		return JSON.readTree(response.body()).get("access_token").asString();
	}

}
