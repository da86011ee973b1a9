package cn.govsite.gateway.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our own services as the gateway sees them over HTTP, in one tiny JDK server: the public
 * site API of tenant-service (from an in-memory directory the tests fill) and, on every
 * other path, an echo of the request as the upstream received it (method, path, query,
 * headers) so tests can see what the gateway forwards.
 */
public final class StubServices {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static StubServices instance;

	private final HttpServer server;

	private final Map<String, Map<String, Object>> sitesByCode = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> hostLookups = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong(100);

	private StubServices() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
		this.server.setExecutor(Executors.newCachedThreadPool());
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	/** The one instance of this JVM, started on first use. */
	public static synchronized StubServices get() {
		if (instance == null) {
			try {
				instance = new StubServices();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return instance;
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Registers a site in the directory, as tenant-service would after creating it. */
	public long addSite(String code, String domain) {
		long id = this.ids.incrementAndGet();
		Map<String, Object> site = new LinkedHashMap<>();
		site.put("id", id);
		site.put("code", code);
		site.put("name", "测试站点" + code);
		site.put("kind", "DEPARTMENT");
		site.put("parentId", 1);
		site.put("domain", domain);
		site.put("status", "ONLINE");
		this.sitesByCode.put(code, site);
		return id;
	}

	/**
	 * Puts the site in a lifecycle state, as tenant-service's public API would show it.
	 */
	public void setState(String code, String status, String notice, String until, String migrationTarget) {
		Map<String, Object> site = new LinkedHashMap<>(this.sitesByCode.get(code));
		site.put("status", status);
		site.put("notice", notice);
		site.put("until", until);
		site.put("migrationTarget", migrationTarget);
		this.sitesByCode.put(code, site);
	}

	/**
	 * Gives the site a Chinese domain (punycode form) and a former English domain, both
	 * resolving to it as tenant-service's public API does; {@code null} removes one.
	 */
	public void setOtherDomains(String code, String chineseDomainAscii, String formerDomain) {
		Map<String, Object> site = new LinkedHashMap<>(this.sitesByCode.get(code));
		site.put("chineseDomainAscii", chineseDomainAscii);
		site.put("formerDomain", formerDomain);
		this.sitesByCode.put(code, site);
	}

	/** How often the gateway asked for the host (to see its cache working). */
	public int hostLookups(String host) {
		return this.hostLookups.computeIfAbsent(host, h -> new AtomicInteger()).get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getRawPath();
			String query = exchange.getRequestURI().getRawQuery();
			if (path.equals("/public/sites/resolve")) {
				String host = URLDecoder.decode(query.substring(query.indexOf('=') + 1), StandardCharsets.UTF_8);
				this.hostLookups.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
				site(exchange, this.sitesByCode.values()
					.stream()
					.filter(site -> host.equals(site.get("domain")) || host.equals(site.get("chineseDomainAscii"))
							|| host.equals(site.get("formerDomain")))
					.findFirst()
					.orElse(null));
				return;
			}
			if (path.startsWith("/public/sites/")) {
				site(exchange, this.sitesByCode.get(path.substring("/public/sites/".length())));
				return;
			}
			Map<String, Object> echo = new LinkedHashMap<>();
			echo.put("method", exchange.getRequestMethod());
			echo.put("path", path);
			echo.put("query", query);
			echo.put("bodyBytes", exchange.getRequestBody().readAllBytes().length);
			Map<String, String> headers = new LinkedHashMap<>();
			exchange.getRequestHeaders()
				.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
			echo.put("headers", headers);
			respond(exchange, 200, JSON.writeValueAsBytes(echo));
		}
	}

	private static void site(HttpExchange exchange, Map<String, Object> site) throws IOException {
		if (site == null) {
			respond(exchange, 404, "{\"type\":\"https://govsite.cn/problems/site-not-found\",\"status\":404}"
				.getBytes(StandardCharsets.UTF_8));
		}
		else {
			respond(exchange, 200, JSON.writeValueAsBytes(site));
		}
	}

	private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
