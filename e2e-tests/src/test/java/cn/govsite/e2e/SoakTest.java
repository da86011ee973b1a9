package cn.govsite.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.govsite.common.test.Keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 稳定性（浸泡）测试 — a mixed load for {@code govsite.soak.minutes} (default 10) on the e2e
 * platform: page views on several sites, searches, publishes (an editor writes and
 * submits, the operator approves and publishes) and citizens' letters, from a few
 * threads. Prints per kind the count, errors, error rate and latency percentiles, and
 * each service's heap (after a full GC) and RSS before and after. Asserts correctness
 * only: no errors (a letter refused by the mailbox's per-client limit, 429, is counted
 * apart as expected), every publish live at the end. Run with
 * {@code -Dgroups=soak -Dsurefire.excludedGroups=none}.
 */
@Tag("soak")
@ExtendWith(Platform.class)
class SoakTest {

	static final String RUN = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 3);

	static final int SITES = 4;

	static final int THREADS = 4;

	static final String[] WORDS = { "供水", "道路", "教育", "医疗", "公告" };

	enum Kind {

		VIEW, SEARCH, PUBLISH, MESSAGE

	}

	record Site(String code, String host, long column, List<Long> published) {
	}

	record Outcome(Kind kind, long micros, int status, String note) {
	}

	@Test
	void aMixedLoadRunsWithoutErrorsAndEveryPublishIsLive() throws Exception {
		double minutes = Double.parseDouble(System.getProperty("govsite.soak.minutes", "10"));
		Platform platform = Platform.get();
		Demo demo = new Demo(platform);
		String portal = Demo.cityPortal(demo);
		List<Site> sites = new ArrayList<>();
		for (int i = 0; i < SITES; i++) {
			String code = "soak" + RUN + i;
			demo.createSite(code, "示范市浸泡测试局" + i, "DEPARTMENT", portal);
			long column = reviewedColumn(demo, code);
			sites.add(new Site(code, code + ".govsite.localhost", column,
					new java.util.concurrent.CopyOnWriteArrayList<>()));
		}
		String editorName = "soak" + RUN + "-editor";
		Keycloak.createUser(editorName, sites.stream().map(site -> "/sites/" + site.code() + "/editor").toList(),
				List.of());
		Tokens operator = new Tokens(() -> Keycloak.token("operator", Keycloak.DEMO_PASSWORD));
		Tokens editor = new Tokens(() -> Keycloak.token(editorName, Keycloak.DEMO_PASSWORD));
		Load load = new Load(demo.gateway, operator, editor);
		for (Site site : sites) {
			for (int i = 0; i < 3; i++) {
				GatewayClient.Response published = load.publish(site, i);
				assertThat(published.status()).as(published.toString()).isEqualTo(200);
			}
		}

		Map<String, ProcessMemory> before = memory(platform);
		ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
		long end = System.nanoTime() + (long) (minutes * 60_000_000_000L);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		for (int t = 0; t < THREADS; t++) {
			pool.submit(() -> {
				ThreadLocalRandom random = ThreadLocalRandom.current();
				int n = 0;
				while (System.nanoTime() < end) {
					Site site = sites.get(random.nextInt(sites.size()));
					int dice = random.nextInt(100);
					Kind kind = (dice < 60) ? Kind.VIEW
							: (dice < 80) ? Kind.SEARCH : (dice < 90) ? Kind.PUBLISH : Kind.MESSAGE;
					long started = System.nanoTime();
					Outcome outcome;
					try {
						GatewayClient.Response response = switch (kind) {
							case VIEW -> load.view(site, random);
							case SEARCH -> load.search(site, WORDS[random.nextInt(WORDS.length)]);
							case PUBLISH -> load.publish(site, ++n);
							case MESSAGE -> load.message(site, n++);
						};
						outcome = new Outcome(kind, (System.nanoTime() - started) / 1000, response.status(),
								(response.status() >= 400) ? response.toString() : null);
					}
					catch (RuntimeException ex) {
						outcome = new Outcome(kind, (System.nanoTime() - started) / 1000, -1, ex.toString());
					}
					outcomes.add(outcome);
					pause(random.nextInt(50, 150));
				}
				return null;
			});
		}
		pool.shutdown();
		assertThat(pool.awaitTermination((long) (minutes * 60) + 300, TimeUnit.SECONDS)).isTrue();
		Map<String, ProcessMemory> after = memory(platform);

		Map<Kind, Figures> figures = new LinkedHashMap<>();
		for (Kind kind : Kind.values()) {
			figures.put(kind, Figures.of(outcomes.stream().filter(o -> o.kind() == kind).toList()));
		}
		System.out.printf("Soak: %.1f min, %d threads, %d sites, %d requests%n", minutes, THREADS, SITES,
				outcomes.size());
		System.out.printf("%-8s %8s %7s %9s %8s %9s %9s %9s %9s%n", "kind", "count", "errors", "err-rate", "refused",
				"p50 ms", "p95 ms", "p99 ms", "max ms");
		figures.forEach((kind, f) -> System.out.printf("%-8s %8d %7d %8.3f%% %8d %9.1f %9.1f %9.1f %9.1f%n", kind,
				f.count(), f.errors(), f.errorRate() * 100, f.refused(), f.p(50), f.p(95), f.p(99), f.max()));
		System.out.printf("%-16s %14s %14s %10s %10s%n", "service", "heap before MB", "heap after MB", "RSS before",
				"RSS after");
		before.forEach((service, b) -> {
			ProcessMemory a = after.get(service);
			System.out.printf("%-16s %14s %14s %10s %10s%n", service, b.mb(b.heapUsedKb()), a.mb(a.heapUsedKb()),
					b.mb(b.rssKb()), a.mb(a.rssKb()));
		});
		outcomes.stream()
			.filter(o -> o.note() != null && o.status() != 429)
			.limit(10)
			.forEach(o -> System.out.println("error: " + o.kind() + " " + o.note()));

		figures.forEach((kind, f) -> assertThat(f.errors()).as("%s errors", kind).isZero());
		for (Kind kind : List.of(Kind.VIEW, Kind.SEARCH, Kind.PUBLISH)) {
			assertThat(figures.get(kind).refused()).as("%s refused", kind).isZero();
		}
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).until(() -> {
			for (Site site : sites) {
				for (long id : site.published()) {
					if (demo.gateway.get(site.host(), "/articles/" + id + ".html", null).status() != 200) {
						return false;
					}
				}
			}
			return true;
		});
	}

	private static long reviewedColumn(Demo demo, String code) {
		GatewayClient.Response response = demo.gateway.send(demo.gateway
			.request(null, "/api/content/columns", demo.operatorToken)
			.header("X-Govsite-Site", code)
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(
					GatewayClient.JSON.writeValueAsString(Map.of("name", "工作动态", "method", "PUBLISH_AFTER_REVIEW")))));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	private static Map<String, ProcessMemory> memory(Platform platform) {
		Map<String, ProcessMemory> memory = new LinkedHashMap<>();
		platform.services().forEach(service -> memory.put(service.module(), ProcessMemory.of(service.pid())));
		return memory;
	}

	private static void pause(int millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The calls of the load, through the gateway as browsers and the console make them.
	 */
	record Load(GatewayClient gateway, Tokens operator, Tokens editor) {

		GatewayClient.Response view(Site site, ThreadLocalRandom random) {
			List<Long> published = site.published();
			String path = (published.isEmpty() || random.nextInt(3) == 0) ? "/"
					: "/articles/" + published.get(random.nextInt(published.size())) + ".html";
			return this.gateway.get(site.host(), path, null);
		}

		GatewayClient.Response search(Site site, String word) {
			return this.gateway.get(null, "/api/search?q=" + GatewayClient.encode(word) + "&site=" + site.code(), null);
		}

		/**
		 * Written and submitted by the editor, approved and published by the operator.
		 */
		GatewayClient.Response publish(Site site, int n) {
			GatewayClient.Response created = this.gateway.postJson(site.host(), "/api/content/articles",
					this.editor.get(),
					Map.of("columnId", site.column(), "title", WORDS[n % WORDS.length] + "工作动态第" + n + "期", "body",
							"<p>" + WORDS[n % WORDS.length] + "工作进展情况通报。</p>"));
			if (created.status() != 201) {
				return created;
			}
			long id = created.json().get("id").asLong();
			for (String[] step : new String[][] { { "submit", "editor" }, { "approve", "operator" },
					{ "publish", "operator" } }) {
				String token = step[1].equals("editor") ? this.editor.get() : this.operator.get();
				GatewayClient.Response done = this.gateway.postJson(site.host(),
						"/api/content/articles/" + id + "/" + step[0], token, "{}");
				if (done.status() != 200) {
					return done;
				}
				if (step[0].equals("publish")) {
					site.published().add(id);
					return done;
				}
			}
			throw new IllegalStateException("unreachable");
		}

		GatewayClient.Response message(Site site, int n) {
			return this.gateway.postJson(site.host(), "/api/content/public/mailboxes/consult/messages", null,
					Map.of("title", "关于路灯维修的咨询" + n, "body", "请问路灯维修需要多长时间？"));
		}

	}

	/** A token fetched again before it expires (15 minutes in this realm). */
	static final class Tokens {

		private final Supplier<String> login;

		private String token;

		private long fetchedAt;

		Tokens(Supplier<String> login) {
			this.login = login;
		}

		synchronized String get() {
			if (this.token == null || System.nanoTime() - this.fetchedAt > Duration.ofMinutes(5).toNanos()) {
				this.token = this.login.get();
				this.fetchedAt = System.nanoTime();
			}
			return this.token;
		}

	}

	/** One kind's figures; latencies in milliseconds. */
	record Figures(int count, int errors, int refused, double[] millis) {

		static Figures of(List<Outcome> outcomes) {
			int errors = 0;
			int refused = 0;
			for (Outcome outcome : outcomes) {
				if (outcome.status() == 429) {
					refused++;
				}
				else if (outcome.status() < 200 || outcome.status() >= 300) {
					errors++;
				}
			}
			double[] millis = outcomes.stream().mapToDouble(o -> o.micros() / 1000.0).sorted().toArray();
			return new Figures(outcomes.size(), errors, refused, millis);
		}

		double errorRate() {
			return (this.count == 0) ? 0 : (double) this.errors / this.count;
		}

		double p(int percent) {
			if (this.millis.length == 0) {
				return 0;
			}
			int index = (int) Math.ceil(percent / 100.0 * this.millis.length) - 1;
			return this.millis[Math.max(0, Math.min(index, this.millis.length - 1))];
		}

		double max() {
			return (this.millis.length == 0) ? 0 : this.millis[this.millis.length - 1];
		}

	}

}
