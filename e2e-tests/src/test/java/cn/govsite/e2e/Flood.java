package cn.govsite.e2e;

import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * Many clients on virtual threads sending requests as fast as the platform answers, for a
 * while, from one loopback address (one client IP as the gateway sees it). Counts answers
 * by status; keeps one refused answer to look at. Timings are the caller's business.
 */
final class Flood {

	final Map<Integer, Long> statuses = new TreeMap<>();

	final AtomicReference<HttpResponse<byte[]>> refused = new AtomicReference<>();

	/** Transport failures (no answer at all), by message. */
	final List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();

	long elapsedMillis;

	/** A client whose connections leave from the given loopback address. */
	static HttpClient clientFrom(String loopbackAddress) {
		try {
			return HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(5))
				.localAddress(InetAddress.getByName(loopbackAddress))
				.build();
		}
		catch (java.net.UnknownHostException ex) {
			throw new IllegalArgumentException(loopbackAddress, ex);
		}
	}

	/**
	 * Runs {@code clients} loops for {@code duration}; loop {@code i}'s n-th request is
	 * {@code request.apply(n)}.
	 */
	static Flood run(HttpClient http, int clients, Duration duration, IntFunction<HttpRequest> request) {
		Flood flood = new Flood();
		Map<Integer, AtomicLong> counts = new ConcurrentHashMap<>();
		long start = System.nanoTime();
		long deadline = start + duration.toNanos();
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int c = 0; c < clients; c++) {
				int client = c;
				executor.submit(() -> {
					for (int n = client; System.nanoTime() < deadline; n += clients) {
						try {
							HttpResponse<byte[]> response = http.send(request.apply(n),
									HttpResponse.BodyHandlers.ofByteArray());
							counts.computeIfAbsent(response.statusCode(), (s) -> new AtomicLong()).incrementAndGet();
							if (response.statusCode() == 429) {
								flood.refused.compareAndSet(null, response);
							}
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							return;
						}
						catch (Exception ex) {
							flood.failures.add(String.valueOf(ex));
						}
					}
				});
			}
		}
		flood.elapsedMillis = (System.nanoTime() - start) / 1_000_000;
		counts.forEach((status, count) -> flood.statuses.put(status, count.get()));
		return flood;
	}

	long count(int status) {
		return this.statuses.getOrDefault(status, 0L);
	}

	long total() {
		return this.statuses.values().stream().mapToLong(Long::longValue).sum();
	}

	long serverErrors() {
		return this.statuses.entrySet().stream().filter((e) -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
	}

	/** Latencies of a paced client, for percentiles. */
	static final class Latencies {

		final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();

		double percentileMillis(double quantile) {
			long[] sorted = this.nanos.stream().mapToLong(Long::longValue).sorted().toArray();
			if (sorted.length == 0) {
				return Double.NaN;
			}
			int index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
			return sorted[Math.max(0, index)] / 1_000_000.0;
		}

	}

}
