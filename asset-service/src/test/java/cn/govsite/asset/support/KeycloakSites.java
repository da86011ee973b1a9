package cn.govsite.asset.support;

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

import tools.jackson.databind.json.JsonMapper;

import cn.govsite.common.test.Infrastructure;

/**
 * Makes the Keycloak groups {@code /sites/{code}/{role}} a test's users join, as
 * tenant-service does when it creates a site, and removes them afterwards.
 */
public final class KeycloakSites {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private KeycloakSites() {
	}

	/** Creates {@code /sites/{code}} with one child group per role; returns its id. */
	public static String createSiteGroups(String code, List<String> roles) {
		String admin = adminToken();
		String sitesId = JSON.readTree(send(get(realm() + "/group-by-path/sites", admin), 200)).get("id").asString();
		String siteId = createChild(admin, sitesId, code);
		roles.forEach(role -> createChild(admin, siteId, role));
		return siteId;
	}

	public static void deleteGroup(String groupId) {
		String admin = adminToken();
		send(HttpRequest.newBuilder(URI.create(groups() + "/" + groupId))
			.header("Authorization", "Bearer " + admin)
			.DELETE()
			.build(), 204);
	}

	private static String createChild(String admin, String parentId, String name) {
		HttpResponse<String> response = exchange(
				HttpRequest.newBuilder(URI.create(groups() + "/" + parentId + "/children"))
					.header("Authorization", "Bearer " + admin)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("name", name))))
					.build());
		if (response.statusCode() != 201) {
			throw new IllegalStateException(
					"Keycloak refused group " + name + ": " + response.statusCode() + " " + response.body());
		}
		String location = response.headers().firstValue("Location").orElseThrow();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private static String realm() {
		return Infrastructure.keycloakUrl() + "/admin/realms/" + Infrastructure.REALM;
	}

	private static String groups() {
		return realm() + "/groups";
	}

	private static HttpRequest get(String url, String bearer) {
		return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + bearer).build();
	}

	private static String adminToken() {
		String form = "grant_type=password&client_id=admin-cli&username=admin&password="
				+ URLEncoder.encode("admin", StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(Infrastructure.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		return JSON.readTree(send(request, 200)).get("access_token").asString();
	}

	private static String send(HttpRequest request, int expected) {
		HttpResponse<String> response = exchange(request);
		if (response.statusCode() != expected) {
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
			throw new IllegalStateException("Keycloak is not reachable at " + Infrastructure.keycloakUrl(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
