package cn.govsite.common.test;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.SiteHeaderSigner;
import cn.govsite.common.tenant.TenantHeaders;

/**
 * Calls a service under test on its port as the gateway would: the bearer token relayed
 * and, when a site is given, the resolved site in the two tenant headers. A {@code null}
 * token or site leaves the header out.
 */
public final class ServiceClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	private final Map<String, String> headers;

	public ServiceClient(int port) {
		this("http://127.0.0.1:" + port, Map.of());
	}

	private ServiceClient(String base, Map<String, String> headers) {
		this.base = base;
		this.headers = headers;
	}

	/** This client, sending the header on every request too. */
	public ServiceClient withHeader(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(this.headers);
		more.put(name, value);
		return new ServiceClient(this.base, Map.copyOf(more));
	}

	public Response get(String path, String token) {
		return get(path, token, null);
	}

	public Response get(String path, String token, SiteRef site) {
		return send(request(path, token, site).GET());
	}

	/** Posts the body as JSON: a string as it is, anything else serialised. */
	public Response post(String path, String token, Object body) {
		return post(path, token, null, body);
	}

	/** Posts the body as JSON: a string as it is, anything else serialised. */
	public Response post(String path, String token, SiteRef site, Object body) {
		String json = (body instanceof String raw) ? raw : JSON.writeValueAsString(body);
		return send(request(path, token, site).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** Puts the body as JSON: a string as it is, anything else serialised. */
	public Response put(String path, String token, SiteRef site, Object body) {
		String json = (body instanceof String raw) ? raw : JSON.writeValueAsString(body);
		return send(request(path, token, site).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response delete(String path, String token, SiteRef site) {
		return send(request(path, token, site).DELETE());
	}

	public Response upload(String path, String token, SiteRef site, Multipart form) {
		return send(request(path, token, site).header("Content-Type", form.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(form.body())));
	}

	/** Signs site headers as the gateway does with the local default secret. */
	private static final SiteHeaderSigner GATEWAY_SIGNER = new SiteHeaderSigner(SiteHeaderSigner.DEV_SECRET);

	private HttpRequest.Builder request(String path, String token, SiteRef site) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60));
		this.headers.forEach(request::header);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (site != null) {
			request.header(TenantHeaders.RESOLVED_SITE_ID, Long.toString(site.id()));
			request.header(TenantHeaders.RESOLVED_SITE_CODE, site.code());
			request.header(TenantHeaders.RESOLVED_SITE_SIGNATURE, GATEWAY_SIGNER.sign(site.id(), site.code()));
		}
		return request;
	}

	private static Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** One answer: status, headers and the body as it came. */
	public record Response(int status, HttpHeaders headers, byte[] bytes) {

		/** The body as UTF-8 text. */
		public String body() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

		public JsonNode json() {
			return JSON.readTree(this.bytes);
		}

		/** The first value of the header, or {@code null}. */
		public String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

		/** The {@code field} of every entry of a problem's {@code errors}. */
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
