package cn.govsite.e2e;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import cn.govsite.common.test.Keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 防刷 — floods of the public endpoints from loopback against the whole platform: the
 * search limit holds (counts within the token bucket), the mailbox keeps no letter beyond
 * its limit, an account under a password flood locks, and one site's flood does not
 * starve another site's visitors. Left out of the normal run; run as docs/notes/abuse.md
 * says. Asserts on counts and statuses only; latencies are printed, never asserted.
 */
@Tag("abuse")
@ExtendWith(Platform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AbuseSuiteTest {

	static final String RUN = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 3);

	/** The flooded site, the bystander site, and the site whose mailbox is flooded. */
	static final String FLOODED = "lla" + RUN;

	static final String BYSTANDER = "llb" + RUN;

	static final String MAILBOX = "llm" + RUN;

	static final int CLIENTS = Integer.getInteger("govsite.abuse.clients", 32);

	static final int SEARCH_CLIENTS = Integer.getInteger("govsite.abuse.search-clients", 160);

	static final Duration FLOOD = Duration.ofSeconds(Long.getLong("govsite.abuse.seconds", 20));

	/**
	 * The flooders' address; the bystander comes from another one (another client IP).
	 */
	static final String FLOODER_IP = "127.0.0.1";

	static final String BYSTANDER_IP = "127.0.0.2";

	static Demo demo;

	@BeforeAll
	static void sites() {
		demo = new Demo(Platform.get());
		String portal = Demo.cityPortal(demo);
		for (String code : List.of(FLOODED, BYSTANDER, MAILBOX)) {
			demo.createSite(code, "示范市防刷测试" + code, "DEPARTMENT", portal);
		}
		long flooded = demo.createColumn(FLOODED, "工作动态");
		long bystander = demo.createColumn(BYSTANDER, "通知公告");
		demo.publish(host(FLOODED), demo.createArticle(host(FLOODED), flooded, "防汛抗旱工作部署会召开" + RUN, "全市防汛抗旱工作部署。"));
		demo.publish(host(BYSTANDER),
				demo.createArticle(host(BYSTANDER), bystander, "社区卫生服务中心延长服务时间" + RUN, "即日起延长服务时间。"));
		await().atMost(Duration.ofSeconds(60)).until(() -> searchHits("延长服务时间" + RUN) > 0);
	}

	@Test
	@Order(1)
	void searchFloodIsHeldToTheTokenBucketAndRefusedWithProblems() {
		HttpClient http = Flood.clientFrom(FLOODER_IP);
		// Admitted searches queue at Elasticsearch: it takes many waiting clients before
		// a loaded machine asks faster than the bucket refills.
		Flood flood = Flood.run(http, SEARCH_CLIENTS, FLOOD,
				(n) -> demo.gateway.request(null, "/api/search?q=" + GatewayClient.encode("防汛" + (n % 50)), null)
					.GET()
					.build());
		HttpResponse<byte[]> refused = flood.refused.get();
		long admitted = flood.count(200);
		double seconds = flood.elapsedMillis / 1000.0;
		int replenish = (refused != null)
				? Integer.parseInt(refused.headers().firstValue("X-RateLimit-Replenish-Rate").orElse("-1")) : -1;
		int burst = (refused != null)
				? Integer.parseInt(refused.headers().firstValue("X-RateLimit-Burst-Capacity").orElse("-1")) : -1;
		// A bucket allows burst + replenish × t; one extra second each side for the
		// requests in flight when the clock starts and stops.
		double bound = burst + replenish * (seconds + 2);
		System.out.printf("%nABUSE search flood: %d clients %.1f s, %d requests (%.0f/s), 200=%d 429=%d (%s) "
				+ "transport failures=%d, admitted %.1f/s vs bucket %d/s + burst %d (bound %.0f, %.0f%% used)%n%n",
				SEARCH_CLIENTS, seconds, flood.total(), flood.total() / seconds, admitted, flood.count(429),
				flood.statuses, flood.failures.size(), admitted / seconds, replenish, burst, bound,
				100.0 * admitted / bound);

		assertThat(flood.failures).as("every request answered").isEmpty();
		assertThat(flood.statuses.keySet()).as("only admitted or refused").containsOnly(200, 429);
		assertThat(flood.count(429)).as("the flood went past the limit").isPositive();
		assertThat(replenish).isPositive();
		assertThat(admitted).as("admitted within the bucket").isLessThanOrEqualTo((long) bound);
		assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(refused.headers().firstValue("Retry-After")).as("Retry-After on a 429").isPresent();
		JsonNode problem = GatewayClient.JSON.readTree(new String(refused.body(), StandardCharsets.UTF_8));
		assertThat(problem.path("type").asString()).endsWith("/rate-limited");
		assertThat(problem.path("status").asInt()).isEqualTo(429);
	}

	@Test
	@Order(2)
	void mailboxFloodStoresNothingBeyondTheLimit() {
		HttpClient flooder = Flood.clientFrom(FLOODER_IP);
		int attempts = 20;
		Map<Integer, Long> statuses = new java.util.TreeMap<>();
		HttpResponse<byte[]> refused = null;
		for (int i = 0; i < attempts; i++) {
			HttpResponse<byte[]> response = send(flooder, letter(i, null));
			statuses.merge(response.statusCode(), 1L, Long::sum);
			if (response.statusCode() == 429 && refused == null) {
				refused = response;
			}
		}
		// A forged X-Forwarded-For must not make the same client a new one.
		long forgedAccepted = 0;
		for (int i = 0; i < 10; i++) {
			HttpResponse<byte[]> response = send(flooder, letter(100 + i, "198.51.100." + (i + 1)));
			statuses.merge(response.statusCode(), 1L, Long::sum);
			forgedAccepted += (response.statusCode() == 201) ? 1 : 0;
		}
		// Another citizen (another address) still writes.
		int other = send(Flood.clientFrom(BYSTANDER_IP), letter(999, null)).statusCode();
		int stored = demo.gateway.get(host(MAILBOX), "/api/content/mailbox-messages", demo.operatorToken).json().size();
		System.out.printf(
				"%nABUSE mailbox flood: %d letters from one client (+10 with forged X-Forwarded-For), "
						+ "statuses %s, forged accepted %d, other client %d, stored %d (limit 5 per client)%n%n",
				attempts, statuses, forgedAccepted, other, stored);

		assertThat(statuses.keySet()).as("only accepted or refused").containsOnly(201, 429);
		assertThat(statuses.get(201)).as("accepted from the flooder (forged or not)").isEqualTo(5);
		assertThat(forgedAccepted).as("forged X-Forwarded-For accepted").isZero();
		assertThat(other).as("another client on the same site").isEqualTo(201);
		assertThat(stored).as("letters stored: the flooder's 5 and the other client's 1").isEqualTo(6);
		assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(refused.headers().firstValue("Retry-After")).as("Retry-After on a 429").isPresent();
		JsonNode problem = GatewayClient.JSON.readTree(new String(refused.body(), StandardCharsets.UTF_8));
		assertThat(problem.path("type").asString()).endsWith("/rate-limited");
	}

	@Test
	@Order(3)
	void passwordFloodLocksTheAccount() {
		String username = "abuse" + RUN;
		String id = Keycloak.createUser(username, List.of(), List.of());
		try {
			int attempts = 20;
			Map<Integer, Long> statuses = new java.util.TreeMap<>();
			for (int i = 0; i < attempts; i++) {
				statuses.merge(Keycloak.tokenStatus(username, "Wrong#Pass" + i), 1L, Long::sum);
			}
			int rightPassword = Keycloak.tokenStatus(username, Keycloak.DEMO_PASSWORD);
			JsonNode failures = Keycloak.loginFailures(id);
			System.out.printf(
					"%nABUSE login flood: %d wrong passwords in a row, statuses %s, then right password %d, "
							+ "Keycloak: %d failures recorded, disabled=%s%n%n",
					attempts, statuses, rightPassword, failures.path("numFailures").asInt(),
					failures.path("disabled").asBoolean());

			assertThat(statuses.keySet()).as("wrong passwords refused").allMatch((s) -> s == 400 || s == 401);
			assertThat(rightPassword).as("locked: the right password is refused").isIn(400, 401);
			assertThat(failures.path("disabled").asBoolean()).as("locked").isTrue();
		}
		finally {
			Keycloak.deleteUser(id);
		}
	}

	@Test
	@Order(4)
	void oneSitesFloodDoesNotStarveAnother() throws Exception {
		HttpClient bystander = Flood.clientFrom(BYSTANDER_IP);
		Sample quiet = sampleBystander(bystander, Duration.ofSeconds(8), new AtomicBoolean(true));

		AtomicBoolean flooding = new AtomicBoolean(true);
		HttpClient flooders = Flood.clientFrom(FLOODER_IP);
		Flood flood;
		Sample loaded;
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			var sample = executor.submit(() -> sampleBystander(bystander, FLOOD, flooding));
			flood = Flood.run(flooders, CLIENTS, FLOOD, (n) -> switch (n % 3) {
				case 0 -> demo.gateway.request(null, "/api/search?q=" + GatewayClient.encode("防汛" + (n % 50)), null)
					.GET()
					.build();
				case 1 -> demo.gateway.request(host(FLOODED), "/", null).GET().build();
				default -> demo.gateway.request(host(FLOODED), "/?page=" + n, null).GET().build();
			});
			flooding.set(false);
			loaded = sample.get();
		}
		System.out.printf("%nABUSE fairness: flood of %s by %d clients %.1f s: %d requests (%.0f/s) %s; bystander %s: "
				+ "quiet %d req p50 %.1f ms p99 %.1f ms errors %d | flooded %d req p50 %.1f ms p99 %.1f ms errors %d | "
				+ "ratio p50 %.2fx p99 %.2fx%n%n", FLOODED, CLIENTS, flood.elapsedMillis / 1000.0, flood.total(),
				flood.total() / (flood.elapsedMillis / 1000.0), flood.statuses, BYSTANDER, quiet.requests.get(),
				quiet.latencies.percentileMillis(0.5), quiet.latencies.percentileMillis(0.99), quiet.errors.size(),
				loaded.requests.get(), loaded.latencies.percentileMillis(0.5), loaded.latencies.percentileMillis(0.99),
				loaded.errors.size(), loaded.latencies.percentileMillis(0.5) / quiet.latencies.percentileMillis(0.5),
				loaded.latencies.percentileMillis(0.99) / quiet.latencies.percentileMillis(0.99));

		assertThat(quiet.errors).as("bystander without a flood").isEmpty();
		assertThat(loaded.errors).as("bystander during the flood").isEmpty();
		assertThat(loaded.requests.get()).as("bystander kept being served").isPositive();
		assertThat(flood.serverErrors()).as("5xx during the flood").isZero();
	}

	/** What the bystander saw: its answered requests and its errors (non-200 or none). */
	record Sample(AtomicLong requests, Flood.Latencies latencies, List<String> errors) {
	}

	/**
	 * The bystander's visitor: its home page and a search, paced (one every 100 ms) so it
	 * stays well inside its own search bucket.
	 */
	private static Sample sampleBystander(HttpClient http, Duration duration, AtomicBoolean going) {
		Sample sample = new Sample(new AtomicLong(), new Flood.Latencies(),
				new java.util.concurrent.CopyOnWriteArrayList<>());
		long deadline = System.nanoTime() + duration.toNanos();
		for (int n = 0; System.nanoTime() < deadline && going.get(); n++) {
			HttpRequest request = (n % 2 == 0) ? demo.gateway.request(host(BYSTANDER), "/", null).GET().build()
					: demo.gateway.request(null, "/api/search?q=" + GatewayClient.encode("延长服务时间" + RUN), null)
						.GET()
						.build();
			long start = System.nanoTime();
			try {
				HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
				sample.latencies.nanos.add(System.nanoTime() - start);
				sample.requests.incrementAndGet();
				if (response.statusCode() != 200) {
					sample.errors.add(request.uri() + " -> " + response.statusCode());
				}
				// Pacing, not waiting: a visitor clicking about ten times a second.
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (Exception ex) {
				sample.errors.add(request.uri() + " -> " + ex);
			}
		}
		return sample;
	}

	private static HttpRequest letter(int n, String forwardedFor) {
		HttpRequest.Builder request = demo.gateway
			.request(host(MAILBOX), "/api/content/public/mailboxes/consult/messages", null)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(GatewayClient.JSON
				.writeValueAsString(Map.of("title", "咨询第" + n + "封", "body", "请问办理居住证需要哪些材料？第" + n + "封。"))));
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return request.build();
	}

	private static HttpResponse<byte[]> send(HttpClient http, HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Gateway did not answer " + request.uri(), ex);
		}
	}

	private static int searchHits(String query) {
		GatewayClient.Response response = demo.search(query);
		return (response.status() == 200) ? response.json().path("total").asInt() : 0;
	}

	static String host(String code) {
		return code + ".govsite.localhost";
	}

}
