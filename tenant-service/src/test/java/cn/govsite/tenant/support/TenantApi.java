package cn.govsite.tenant.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the tenant-service under test, as the gateway would call it.
 */
public final class TenantApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	public TenantApi(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public Answer get(String path, String token) {
		return send(request(path, token).GET().build());
	}

	public Answer post(String path, String json, String token) {
		return send(request(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	public static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json");
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	private static Answer send(HttpRequest request) {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Status, content type and body of one answer. */
	public record Answer(int status, String contentType, String body) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		/** The fields named in a problem's {@code errors}. */
		public java.util.List<String> errorFields() {
			java.util.List<String> fields = new java.util.ArrayList<>();
			json().path("errors").forEach(error -> fields.add(error.path("field").asString()));
			return fields;
		}

	}

}
