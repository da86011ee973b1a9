package cn.govsite.common.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The launcher's real Keycloak, for tests: tokens for users (password grant through the
 * dev-only {@code govsite-tests} client), and through the admin API users in site groups,
 * the site groups themselves ({@code /sites/{code}/{role}}, as tenant-service makes them)
 * and a look at groups. Every user a test makes gets a unique name.
 */
public final class Keycloak {

	public static final String TEST_CLIENT = "govsite-tests";

	public static final String DEMO_PASSWORD = "Govsite@2026";

	/** The realm's service client for background work (client credentials only). */
	public static final String JOBS_CLIENT = "govsite-jobs";

	/** Its secret in the dev realm (deploy/keycloak/govsite-realm.json). */
	public static final String JOBS_SECRET = "govsite-jobs-dev-secret";

	/** The roles that have a group under every site. */
	public static final List<String> SITE_ROLES = List.of("site-admin", "editor", "reviewer", "chief");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Keycloak() {
	}

	/** An access token for the user, through the realm's test client. */
	public static String token(String username, String password) {
		JsonNode body = postForm(Infrastructure.issuer() + "/protocol/openid-connect/token",
				Map.of("grant_type", "password", "client_id", TEST_CLIENT, "username", username, "password", password));
		return body.get("access_token").asString();
	}

	/**
	 * A service token of {@link #JOBS_CLIENT} (client-credentials grant), as services
	 * call each other.
	 */
	public static String serviceToken() {
		JsonNode body = postForm(Infrastructure.issuer() + "/protocol/openid-connect/token",
				Map.of("grant_type", "client_credentials", "client_id", JOBS_CLIENT, "client_secret", JOBS_SECRET));
		return body.get("access_token").asString();
	}

	/**
	 * The HTTP status of a password grant for the user: 200 when they may sign in, 400 or
	 * 401 when the account is disabled, the password wrong or the account not fully set
	 * up.
	 */
	public static int tokenStatus(String username, String password) {
		String body = Map
			.of("grant_type", "password", "client_id", TEST_CLIENT, "username", username, "password", password)
			.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return exchange(HttpRequest.newBuilder(URI.create(Infrastructure.issuer() + "/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build()).statusCode();
	}

	/**
	 * Creates a user with the test password, member of {@code /sites/{siteCode}/{role}}
	 * for each given site role (the site groups must exist) and holding the given realm
	 * roles.
	 */
	public static String createUser(String username, List<String> siteGroups, List<String> realmRoles) {
		String admin = adminToken();
		String users = admin() + "/users";
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
			List<JsonNode> roles = realmRoles.stream()
				.map(role -> getJson(admin() + "/roles/" + encode(role), admin))
				.toList();
			send(HttpRequest.newBuilder(URI.create(users + "/" + id + "/role-mappings/realm"))
				.header("Authorization", "Bearer " + admin)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(roles)))
				.build(), 204);
		}
		return id;
	}

	/** A token of a new user holding {@code role} on the site (its groups must exist). */
	public static String siteUserToken(String siteCode, String role) {
		byte[] random = new byte[6];
		ThreadLocalRandom.current().nextBytes(random);
		String username = "u" + HexFormat.of().formatHex(random) + "-" + role;
		createUser(username, List.of("/sites/" + siteCode + "/" + role), List.of());
		return token(username, DEMO_PASSWORD);
	}

	/**
	 * Creates {@code /sites/{code}} with one child group per {@link #SITE_ROLES site
	 * role}; returns its id, for {@link #deleteGroup(String)}.
	 */
	public static String createSiteGroups(String code) {
		String admin = adminToken();
		String sitesId = getJson(admin() + "/group-by-path/sites", admin).get("id").asString();
		String siteId = createChildGroup(admin, sitesId, code);
		SITE_ROLES.forEach(role -> createChildGroup(admin, siteId, role));
		return siteId;
	}

	/** Deletes the group and every group under it. */
	public static void deleteGroup(String groupId) {
		send(HttpRequest.newBuilder(URI.create(admin() + "/groups/" + groupId))
			.header("Authorization", "Bearer " + adminToken())
			.DELETE()
			.build(), 204);
	}

	/** The group at the path, e.g. {@code /sites/jyj/editor}, if it exists. */
	public static Optional<JsonNode> group(String path) {
		HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(admin() + "/group-by-path" + path))
			.header("Authorization", "Bearer " + adminToken())
			.build());
		if (response.statusCode() == 404) {
			return Optional.empty();
		}
		return Optional.of(JSON.readTree(expect(response, 200)));
	}

	/** Names of the realm roles mapped directly to the group. */
	public static List<String> realmRolesOf(String groupId) {
		List<String> names = new ArrayList<>();
		getJson(admin() + "/groups/" + groupId + "/role-mappings/realm", adminToken())
			.forEach(role -> names.add(role.path("name").asString()));
		return names;
	}

	/** The whole token response of a password grant (tokens and their lifetimes). */
	public static JsonNode tokens(String username, String password) {
		return postForm(Infrastructure.issuer() + "/protocol/openid-connect/token",
				Map.of("grant_type", "password", "client_id", TEST_CLIENT, "username", username, "password", password));
	}

	/** The id of the user with exactly this username. */
	public static String userId(String username) {
		return getJson(admin() + "/users?exact=true&username=" + encode(username), adminToken()).get(0)
			.get("id")
			.asString();
	}

	/**
	 * Sets a new permanent password through the admin API and returns Keycloak's answer:
	 * 204 when the realm's password policy accepts it, 400 with the policy's message key
	 * when not.
	 */
	public static HttpResponse<String> setPassword(String userId, String password) {
		return exchange(HttpRequest.newBuilder(URI.create(admin() + "/users/" + userId + "/reset-password"))
			.header("Authorization", "Bearer " + adminToken())
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("type", "password", "value", password, "temporary", false))))
			.build());
	}

	/**
	 * The brute-force detector's view of the user ({@code numFailures},
	 * {@code disabled}).
	 */
	public static JsonNode loginFailures(String userId) {
		return getJson(admin() + "/attack-detection/brute-force/users/" + userId, adminToken());
	}

	/**
	 * Clears the user's login failures, as an administrator unlocking an account does.
	 */
	public static void unlock(String userId) {
		send(HttpRequest.newBuilder(URI.create(admin() + "/attack-detection/brute-force/users/" + userId))
			.header("Authorization", "Bearer " + adminToken())
			.DELETE()
			.build(), 204);
	}

	/**
	 * Deletes the user (tests that make users with administrator roles clean them up).
	 */
	public static void deleteUser(String userId) {
		send(HttpRequest.newBuilder(URI.create(admin() + "/users/" + userId))
			.header("Authorization", "Bearer " + adminToken())
			.DELETE()
			.build(), 204);
	}

	/** The realm's settings as the admin API shows them. */
	public static JsonNode realmSettings() {
		return getJson(admin(), adminToken());
	}

	private static String createChildGroup(String admin, String parentId, String name) {
		HttpResponse<String> response = exchange(
				HttpRequest.newBuilder(URI.create(admin() + "/groups/" + parentId + "/children"))
					.header("Authorization", "Bearer " + admin)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("name", name))))
					.build());
		expect(response, 201);
		String location = response.headers().firstValue("Location").orElseThrow();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	/** The admin API of the realm. */
	private static String admin() {
		return Infrastructure.keycloakUrl() + "/admin/realms/" + Infrastructure.REALM;
	}

	private static String adminToken() {
		return postForm(Infrastructure.keycloakUrl() + "/realms/master/protocol/openid-connect/token",
				Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"))
			.get("access_token")
			.asString();
	}

	private static JsonNode postForm(String url, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return JSON.readTree(send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), 200));
	}

	private static JsonNode getJson(String url, String bearer) {
		return JSON.readTree(
				send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + bearer).GET().build(),
						200));
	}

	private static String send(HttpRequest request, int expected) {
		return expect(exchange(request), expected);
	}

	private static String expect(HttpResponse<String> response, int expected) {
		if (response.statusCode() != expected) {
			HttpRequest request = response.request();
			throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to " + request.method()
					+ " " + request.uri() + ": " + response.body());
		}
		return response.body();
	}

	private static HttpResponse<String> exchange(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
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

	/**
	 * An access token from any realm and client, at any address of Keycloak: a token of
	 * the {@code master} realm, or of the platform realm fetched through another host
	 * name (Keycloak names the issuer after the address it was asked at), is one the
	 * services must refuse.
	 */
	public static String token(String keycloakUrl, String realm, String clientId, String username, String password) {
		return postForm(keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token",
				Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password))
			.get("access_token")
			.asString();
	}

	/**
	 * Creates a public client of the platform realm with password grants whose tokens
	 * lack the {@code govsite-api} audience (the realm gives new clients that scope by
	 * default; it is removed). Returns its id, for {@link #deleteClient(String)}.
	 */
	public static String createClientWithoutApiAudience(String clientId) {
		String admin = adminToken();
		HttpResponse<String> created = exchange(HttpRequest.newBuilder(URI.create(admin() + "/clients"))
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("clientId", clientId,
					"publicClient", true, "directAccessGrantsEnabled", true, "standardFlowEnabled", false))))
			.build());
		expect(created, 201);
		String location = created.headers().firstValue("Location").orElseThrow();
		String id = location.substring(location.lastIndexOf('/') + 1);
		for (JsonNode scope : getJson(admin() + "/clients/" + id + "/default-client-scopes", admin)) {
			if (scope.path("name").asString().equals("govsite-api")) {
				send(HttpRequest
					.newBuilder(URI
						.create(admin() + "/clients/" + id + "/default-client-scopes/" + scope.path("id").asString()))
					.header("Authorization", "Bearer " + admin)
					.DELETE()
					.build(), 204);
			}
		}
		return id;
	}

	/** Deletes a client made by {@link #createClientWithoutApiAudience(String)}. */
	public static void deleteClient(String id) {
		send(HttpRequest.newBuilder(URI.create(admin() + "/clients/" + id))
			.header("Authorization", "Bearer " + adminToken())
			.DELETE()
			.build(), 204);
	}

}
