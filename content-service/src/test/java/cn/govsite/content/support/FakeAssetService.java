package cn.govsite.content.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays asset-service's usability question ({@code POST /assets/usability}) on a loopback
 * port: each site may use the ids a test declares for it, every other id is "not found".
 * This stands in for our own service, not for one of the real servers (those stay real);
 * the e2e test {@code cn.govsite.e2e.MediaLibraryTest} asks the real asset-service. Every
 * request's site headers and token are kept, so a test can tell who asked.
 */
public final class FakeAssetService {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final Map<Long, Map<Long, String>> answers = new ConcurrentHashMap<>();

	private final Queue<Asked> asked = new ConcurrentLinkedQueue<>();

	private volatile boolean failing;

	private FakeAssetService(HttpServer server) {
		this.server = server;
	}

	public static FakeAssetService start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			FakeAssetService fake = new FakeAssetService(server);
			server.createContext("/assets/usability", fake::answer);
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

	/** The site may use the resource. */
	public void usable(long siteId, long assetId) {
		this.answers.computeIfAbsent(siteId, id -> new ConcurrentHashMap<>()).put(assetId, "USABLE");
	}

	/**
	 * The site may not use the resource, for this reason (NOT_REGISTERED,
	 * RIGHTS_EXPIRED).
	 */
	public void refused(long siteId, long assetId, String reason) {
		this.answers.computeIfAbsent(siteId, id -> new ConcurrentHashMap<>()).put(assetId, reason);
	}

	/** Answers 500 to everything while set. */
	public void failing(boolean failing) {
		this.failing = failing;
	}

	/** The questions asked for a site so far. */
	public List<Asked> askedFor(long siteId) {
		return this.asked.stream().filter(one -> one.siteId() == siteId).toList();
	}

	private void answer(HttpExchange exchange) throws IOException {
		JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
		long siteId = Long.parseLong(exchange.getRequestHeaders().getFirst("X-Govsite-Site-Id"));
		List<Long> ids = new ArrayList<>();
		request.get("assetIds").forEach(id -> ids.add(id.asLong()));
		this.asked.add(new Asked(siteId, exchange.getRequestHeaders().getFirst("X-Govsite-Site-Signature"),
				exchange.getRequestHeaders().getFirst("Authorization"), Set.copyOf(ids)));
		if (this.failing) {
			send(exchange, 500, "{\"status\":500}");
			return;
		}
		Map<Long, String> site = this.answers.getOrDefault(siteId, Map.of());
		List<Long> usable = new ArrayList<>();
		List<Map<String, Object>> refused = new ArrayList<>();
		for (Long id : ids) {
			String answer = site.getOrDefault(id, "NOT_FOUND");
			if (answer.equals("USABLE")) {
				usable.add(id);
			}
			else {
				refused.add(Map.of("assetId", id, "reason", answer));
			}
		}
		send(exchange, 200, JSON.writeValueAsString(Map.of("usable", usable, "refused", refused)));
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/** One question: for which site, with what signature and token, about which ids. */
	public record Asked(long siteId, String signature, String authorization, Set<Long> ids) {
	}

}
