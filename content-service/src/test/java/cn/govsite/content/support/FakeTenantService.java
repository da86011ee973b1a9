package cn.govsite.content.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Plays tenant-service's public site API ({@code GET /public/sites/{code}}) on a loopback
 * port, for the sites a test declares: content-service asks it when a site's event has
 * not arrived.
 */
public final class FakeTenantService {

	private final HttpServer server;

	private final Map<String, String> sites = new ConcurrentHashMap<>();

	private final AtomicInteger requests = new AtomicInteger();

	private FakeTenantService(HttpServer server) {
		this.server = server;
	}

	public static FakeTenantService start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			FakeTenantService fake = new FakeTenantService(server);
			server.createContext("/public/sites/", fake::answer);
			server.start();
			return fake;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Declares a site as tenant-service's public API shows it (JSON). */
	public void site(String code, String json) {
		this.sites.put(code, json);
	}

	public int requests() {
		return this.requests.get();
	}

	private void answer(HttpExchange exchange) throws IOException {
		this.requests.incrementAndGet();
		String code = exchange.getRequestURI().getPath().substring("/public/sites/".length());
		String body = this.sites.get(code);
		int status = (body != null) ? 200 : 404;
		if (body == null) {
			body = "{\"type\":\"https://govsite.cn/problems/site-not-found\",\"status\":404}";
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders()
			.set("Content-Type", (status == 200) ? "application/json" : "application/problem+json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
