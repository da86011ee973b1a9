package cn.govsite.content.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantHeaders;

/**
 * Calls the running service as the gateway would: the bearer token relayed, the resolved
 * site in the two tenant headers.
 */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	public Api(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public Response get(String path, String token, SiteRef site) {
		return send(request(path, token, site).GET());
	}

	public Response post(String path, String token, SiteRef site, Object body) {
		String json = (body instanceof String raw) ? raw : JSON.writeValueAsString(body);
		return send(request(path, token, site).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private HttpRequest.Builder request(String path, String token, SiteRef site) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (site != null) {
			request.header(TenantHeaders.RESOLVED_SITE_ID, Long.toString(site.id()));
			request.header(TenantHeaders.RESOLVED_SITE_CODE, site.code());
		}
		return request;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response: status, raw body and content type; {@link #json()} parses the body. */
	public record Response(int status, String body, String contentType) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		/** The {@code field} of every entry of a problem's {@code errors}. */
		public java.util.List<String> errorFields() {
			JsonNode errors = json().path("errors");
			java.util.List<String> fields = new java.util.ArrayList<>();
			errors.forEach(error -> fields.add(error.path("field").asString()));
			return fields;
		}

	}

}
