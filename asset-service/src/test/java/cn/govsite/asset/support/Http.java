package cn.govsite.asset.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantHeaders;

/**
 * Calls the running service as the gateway would (token relayed, resolved site in the
 * tenant headers), with multipart uploads built by hand.
 */
public final class Http {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	public Http(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public Response get(String path, String token, SiteRef site) {
		return send(request(path, token, site).GET());
	}

	public Response upload(String path, String token, SiteRef site, Multipart form) {
		return send(request(path, token, site).header("Content-Type", form.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(form.body())));
	}

	public Response postJson(String path, String token, SiteRef site, String json) {
		return send(request(path, token, site).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private HttpRequest.Builder request(String path, String token, SiteRef site) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60));
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
			HttpResponse<byte[]> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response.body(), response.headers());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public record Response(int status, byte[] body, HttpHeaders headers) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

		public List<String> errorFields() {
			List<String> fields = new ArrayList<>();
			json().path("errors").forEach(error -> fields.add(error.path("field").asString()));
			return fields;
		}

	}

	/** A multipart/form-data body. */
	public static final class Multipart {

		private final String boundary = "----govsite" + UUID.randomUUID();

		private final ByteArrayOutputStream body = new ByteArrayOutputStream();

		public Multipart field(String name, String value) {
			write("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n"
					+ "Content-Type: text/plain; charset=UTF-8\r\n\r\n");
			write(value);
			write("\r\n");
			return this;
		}

		public Multipart file(String name, String filename, String contentType, byte[] content) {
			write("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
					+ filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
			this.body.writeBytes(content);
			write("\r\n");
			return this;
		}

		String contentType() {
			return "multipart/form-data; boundary=" + this.boundary;
		}

		byte[] body() {
			ByteArrayOutputStream copy = new ByteArrayOutputStream();
			copy.writeBytes(this.body.toByteArray());
			copy.writeBytes(("--" + this.boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return copy.toByteArray();
		}

		private void write(String text) {
			this.body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		}

	}

}
