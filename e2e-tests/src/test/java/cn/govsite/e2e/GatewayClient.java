package cn.govsite.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the gateway as browsers and the console use it: a Host header naming the
 * site, or the console's site header, and a bearer token. Setting Host needs
 * {@code -Djdk.httpclient.allowRestrictedHeaders=host} (set by this module's Surefire).
 */
final class GatewayClient {

	static {
		// The JDK client refuses to set Host unless told; browsers send it for every
		// request.
		System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
	}

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	GatewayClient(String base) {
		this.base = base;
	}

	Response get(String host, String path, String token) {
		return send(request(host, path, token).GET());
	}

	Response postJson(String host, String path, String token, String json) {
		return send(request(host, path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	Response postJson(String host, String path, String token, Object body) {
		return postJson(host, path, token, JSON.writeValueAsString(body));
	}

	Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Gateway at " + this.base + " did not answer", ex);
		}
	}

	HttpRequest.Builder request(String host, String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30));
		if (host != null) {
			request.header("Host", host);
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	record Response(HttpResponse<byte[]> raw) {

		int status() {
			return this.raw.statusCode();
		}

		String body() {
			return new String(this.raw.body(), StandardCharsets.UTF_8);
		}

		byte[] bytes() {
			return this.raw.body();
		}

		JsonNode json() {
			return JSON.readTree(body());
		}

		String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

		@Override
		public String toString() {
			return status() + " " + body();
		}

	}

}
