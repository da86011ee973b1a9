package cn.govsite.gateway.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.govsite.common.test.Infrastructure;

/**
 * Creates a site's role group in the real Keycloak ({@code /sites/{code}/{role}}), as
 * tenant-service does when it opens a site, so tests can make users of that site.
 */
public final class KeycloakSites {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private KeycloakSites() {
	}

	public static void ensureRoleGroup(String siteCode, String role) {
		String token = adminToken();
		String sites = groupId("/sites", token);
		String site = child(sites, "/sites/" + siteCode, siteCode, token);
		child(site, "/sites/" + siteCode + "/" + role, role, token);
	}

	private static String child(String parentId, String path, String name, String token) {
		String existing = groupId(path, token);
		if (existing != null) {
			return existing;
		}
		send(HttpRequest.newBuilder(URI.create(realm() + "/groups/" + parentId + "/children"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}"))
			.build());
		return groupId(path, token);
	}

	private static String groupId(String path, String token) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(realm() + "/group-by-path" + path))
			.header("Authorization", "Bearer " + token)
			.build());
		return (response.statusCode() == 200) ? JSON.readTree(response.body()).path("id").asString() : null;
	}

	private static String adminToken() {
		HttpResponse<String> response = send(HttpRequest
			.newBuilder(URI.create(Infrastructure.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
			.build());
		JsonNode body = JSON.readTree(response.body());
		return body.path("access_token").asString();
	}

	private static String realm() {
		return Infrastructure.keycloakUrl() + "/admin/realms/" + Infrastructure.REALM;
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Keycloak is not reachable", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
