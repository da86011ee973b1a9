package cn.govsite.common.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The launcher's real Keycloak, for tests: tokens for users (password grant through the
 * dev-only {@code govsite-tests} client) and users created in site groups through the
 * admin API. Every user a test makes gets a unique name.
 */
public final class Keycloak {

	public static final String TEST_CLIENT = "govsite-tests";

	public static final String DEMO_PASSWORD = "Govsite@2026";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Keycloak() {
	}

	/** An access token for the user, through the realm's test client. */
	public static String token(String username, String password) {
		JsonNode body = postForm(Infrastructure.issuer() + "/protocol/openid-connect/token",
				Map.of("grant_type", "password", "client_id", TEST_CLIENT, "username", username, "password", password),
				null);
		return body.get("access_token").asString();
	}

	/**
	 * Creates a user with the test password, member of {@code /sites/{siteCode}/{role}}
	 * for each given site role (the site groups must exist) and holding the given realm
	 * roles.
	 */
	public static String createUser(String username, List<String> siteGroups, List<String> realmRoles) {
		String admin = adminToken();
		String users = Infrastructure.keycloakUrl() + "/admin/realms/" + Infrastructure.REALM + "/users";
		send(HttpRequest.newBuilder(URI.create(users))
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("username", username, "enabled",
					true, "email", username + "@test.govsite.localhost", "emailVerified", true, "firstName", "测试",
					"lastName", username, "groups", siteGroups, "credentials",
					List.of(Map.of("type", "password", "value", DEMO_PASSWORD, "temporary", false))))))
			.build(), 201);
		JsonNode found = getJson(users + "?exact=true&username=" + encode(username), admin);
		String id = found.get(0).get("id").asString();
		if (!realmRoles.isEmpty()) {
			String rolesUrl = Infrastructure.keycloakUrl() + "/admin/realms/" + Infrastructure.REALM + "/roles/";
			List<JsonNode> roles = realmRoles.stream().map(role -> getJson(rolesUrl + encode(role), admin)).toList();
			send(HttpRequest.newBuilder(URI.create(users + "/" + id + "/role-mappings/realm"))
				.header("Authorization", "Bearer " + admin)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(roles)))
				.build(), 204);
		}
		return id;
	}

	private static String adminToken() {
		return postForm(Infrastructure.keycloakUrl() + "/realms/master/protocol/openid-connect/token",
				Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"),
				null)
			.get("access_token")
			.asString();
	}

	private static JsonNode postForm(String url, Map<String, String> form, String bearer) {
		String body = form.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return JSON.readTree(send(request.build(), 200));
	}

	private static JsonNode getJson(String url, String bearer) {
		return JSON.readTree(
				send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + bearer).GET().build(),
						200));
	}

	private static String send(HttpRequest request, int expected) {
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != expected) {
				throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to " + request.method()
						+ " " + request.uri() + ": " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Keycloak at " + Infrastructure.keycloakUrl()
					+ " is not reachable; start it with ./govsite up --infra", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
