package cn.govsite.e2e;

import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Save → searchable under a steady publishing load, through the gateway only: while a
 * background editor publishes on another site at a fixed pace, each measured article is
 * saved, published and then searched for (a word only it has) every 50 ms until the
 * public search API finds it. Prints p50/p95/p99 of save → searchable next to save →
 * published (the publish call's own answer, the baseline of the same run). Asserts only
 * that every article is found once. The steady load is paced (a pause to the next slot),
 * which is the load's definition, not a wait for a condition. Run:
 * {@code ./mvnw -o -pl e2e-tests verify
 * -Dtest=SaveToSearchableBenchmarkTest -Dsurefire.excludedGroups=none -Dgroups=benchmark}
 * ({@code -Dgovsite.bench.items=100 -Dgovsite.bench.load-interval-ms=500}).
 */
@Tag("benchmark")
@ExtendWith(Platform.class)
class SaveToSearchableBenchmarkTest {

	private static final Duration GIVE_UP = Duration.ofSeconds(60);

	@Test
	void saveToSearchableWhileAnotherSitePublishesSteadily() throws Exception {
		int items = Integer.getInteger("govsite.bench.items", 100);
		long loadInterval = Long.getLong("govsite.bench.load-interval-ms", 500);
		String run = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 3);
		Demo demo = new Demo(Platform.get());
		String portal = Demo.cityPortal(demo);
		String measured = "sstm" + run;
		String loaded = "sstl" + run;
		demo.createSite(measured, "示范市发展和改革委员会", "DEPARTMENT", portal);
		demo.createSite(loaded, "示范市统计局", "DEPARTMENT", portal);
		long measuredColumn = demo.createColumn(measured, "工作动态");
		long loadColumn = demo.createColumn(loaded, "统计信息");

		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger loadPublished = new AtomicInteger();
		List<String> loadFailures = new CopyOnWriteArrayList<>();
		Thread load = Thread.ofPlatform().name("steady-publisher").start(() -> {
			while (running.get()) {
				long started = System.nanoTime();
				int n = loadPublished.get() + loadFailures.size();
				try {
					long id = demo.createArticle(host(loaded), loadColumn, "统计月报第" + n + "期",
							"本期统计数据显示，全市经济运行总体平稳。第" + n + "期。");
					demo.publish(host(loaded), id);
					loadPublished.incrementAndGet();
				}
				catch (AssertionError | RuntimeException ex) {
					loadFailures.add(ex.getMessage());
				}
				sleepRest(started, loadInterval);
			}
		});

		long[] searchable = new long[items];
		long[] published = new long[items];
		try {
			for (int i = 0; i < items; i++) {
				String marker = "ssm" + run + "x" + i;
				long start = System.nanoTime();
				long id = demo.createArticle(host(measured), measuredColumn, "项目进展 " + marker,
						"全市重点项目建设进展顺利，编号 " + marker + "。");
				demo.publish(host(measured), id);
				published[i] = System.nanoTime() - start;
				searchable[i] = untilFound(demo, marker, id, start);
			}
		}
		finally {
			running.set(false);
			load.join(Duration.ofSeconds(30));
		}
		// The load is part of the measurement: a publish it could not make is a failure
		// too.
		assertThat(loadFailures).as("publishes of the steady load that failed").isEmpty();
		assertThat(loadPublished.get()).as("publishes of the steady load").isPositive();
		Arrays.sort(searchable);
		Arrays.sort(published);
		System.out.printf(
				"%nsave-to-searchable: %d articles measured while another site published %d (one every %d ms)%n", items,
				loadPublished.get(), loadInterval);
		System.out.printf(
				"save-to-searchable: save -> published   p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms (baseline)%n",
				ms(published, 0.50), ms(published, 0.95), ms(published, 0.99));
		System.out.printf(
				"save-to-searchable: save -> searchable  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  (%.2fx / %.2fx of baseline; goal p99 <= 2000 ms)%n%n",
				ms(searchable, 0.50), ms(searchable, 0.95), ms(searchable, 0.99),
				ms(searchable, 0.50) / ms(published, 0.50), ms(searchable, 0.99) / ms(published, 0.99));
	}

	/**
	 * Polls the public search every 50 ms until the marker finds exactly the article; the
	 * time from the save.
	 */
	private static long untilFound(Demo demo, String marker, long id, long start) {
		await().atMost(GIVE_UP).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
			JsonNode result = demo.search(marker).json();
			assertThat(result.get("total").asLong()).as(marker).isEqualTo(1);
			assertThat(result.get("hits").get(0).get("url").asString()).endsWith("/articles/" + id + ".html");
		});
		return System.nanoTime() - start;
	}

	private static void sleepRest(long started, long intervalMs) {
		long rest = intervalMs - (System.nanoTime() - started) / 1_000_000;
		if (rest > 0) {
			try {
				Thread.sleep(rest);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static String host(String code) {
		return code + ".govsite.localhost";
	}

	private static double ms(long[] sorted, double quantile) {
		int index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1_000_000.0;
	}

}
