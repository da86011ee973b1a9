package cn.govsite.search.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for content-service's {@code GET /internal/published} (the real one is
 * exercised end to end by e2e-tests' {@code ReindexFromContentServiceTest}): the items it
 * lists, in id order, to callers bearing a {@code govsite-jobs} token. Tokens come from
 * the real Keycloak; only the signature is not checked here.
 */
public final class ContentServiceStandIn {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final NavigableMap<Long, Map<String, Object>> items = new ConcurrentSkipListMap<>();

	private final AtomicInteger pages = new AtomicInteger();

	private ContentServiceStandIn(HttpServer server) {
		this.server = server;
	}

	public static ContentServiceStandIn start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			ContentServiceStandIn standIn = new ContentServiceStandIn(server);
			server.createContext("/internal/published", standIn::published);
			server.start();
			return standIn;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Lists the item from now on, with this version (its last change, epoch ms). */
	public void put(long articleId, long version, Map<String, Object> document) {
		this.items.put(articleId, Map.of("id", "article-" + articleId, "version", version, "document", document));
	}

	/** How many pages were served. */
	public int pages() {
		return this.pages.get();
	}

	private void published(HttpExchange exchange) throws IOException {
		if (!"govsite-jobs".equals(clientOf(exchange.getRequestHeaders().getFirst("Authorization")))) {
			answer(exchange, 403, Map.of("title", "forbidden"));
			return;
		}
		Map<String, String> query = new LinkedHashMap<>();
		String raw = exchange.getRequestURI().getRawQuery();
		if (raw != null) {
			for (String pair : raw.split("&")) {
				String[] kv = pair.split("=", 2);
				query.put(kv[0], (kv.length > 1) ? kv[1] : "");
			}
		}
		long after = Long.parseLong(query.getOrDefault("after", "0"));
		int size = Integer.parseInt(query.getOrDefault("size", "200"));
		List<Object> page = new ArrayList<>();
		Long last = null;
		for (Map.Entry<Long, Map<String, Object>> entry : this.items.tailMap(after, false).entrySet()) {
			if (page.size() == size) {
				break;
			}
			page.add(entry.getValue());
			last = entry.getKey();
		}
		this.pages.incrementAndGet();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("items", page);
		body.put("next", (page.size() == size && last != null) ? String.valueOf(last) : null);
		body.put("total", this.items.size());
		answer(exchange, 200, body);
	}

	private static String clientOf(String authorization) {
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			return null;
		}
		String[] parts = authorization.substring(7).split("\\.");
		if (parts.length != 3) {
			return null;
		}
		JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
		return claims.path("client_id").asString(null);
	}

	private static void answer(HttpExchange exchange, int status, Object body) throws IOException {
		byte[] bytes = JSON.writeValueAsBytes(body);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
