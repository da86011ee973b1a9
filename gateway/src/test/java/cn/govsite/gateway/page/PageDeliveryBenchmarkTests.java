package cn.govsite.gateway.page;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import cn.govsite.common.storage.ObjectStorage;
import cn.govsite.common.storage.StorageProperties;
import cn.govsite.gateway.support.GatewayTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.fail;

/**
 * Page delivery against the reference static server: a 30 KB published page served by the
 * gateway (site resolved through its Redis cache, page from its in-memory cache filled
 * from S3, as {@link PublishedPageTests} serves it) against nginx (the Debian package)
 * serving the same bytes from a temporary directory on its own port, both loaded by
 * {@code wrk --latency} with the same threads, connections and duration, in the same run,
 * alternating so both see the same machine load. Prints throughput, p50/p99 of each and
 * the ratio (grep {@code page-delivery}); asserts only that every response was a 200,
 * never a timing. The goal: at least 0.5x nginx's throughput with the gateway's
 * p99 at most 5x its p50. A third contender is the same page through the gateway's full
 * path (an encoded path the fast path of {@link PageDeliveryFilter} leaves alone), which
 * is what every page took before the fast path. The machine's load average and the JVM's
 * flags are printed with the figures.
 * <p>
 * Tagged {@code benchmark}; run it with
 * {@code ./mvnw -o -B -pl gateway -am verify -Dtest=PageDeliveryBenchmarkTests -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.excludedGroups=none -Dgroups=benchmark}.
 * Knobs (system properties): {@code govsite.bench.seconds} (per measured run, default
 * 10), {@code govsite.bench.threads} (default 2), {@code govsite.bench.connections}
 * (default 32), {@code govsite.bench.rounds} (alternating rounds, default 2),
 * {@code govsite.bench.warmup-rounds} (unmeasured rounds before, default 2).
 */
@Tag("benchmark")
class PageDeliveryBenchmarkTests extends GatewayTestBase {

	private static final int SECONDS = Integer.getInteger("govsite.bench.seconds", 10);

	private static final int THREADS = Integer.getInteger("govsite.bench.threads", 2);

	private static final int CONNECTIONS = Integer.getInteger("govsite.bench.connections", 32);

	private static final int ROUNDS = Integer.getInteger("govsite.bench.rounds", 2);

	/**
	 * Unmeasured rounds of all three first: with one, the first measured gateway round
	 * was still half as fast as the second on a loaded machine (C2 not done yet).
	 */
	private static final int WARM_UP_ROUNDS = Integer.getInteger("govsite.bench.warmup-rounds", 2);

	private static final int PAGE_BYTES = 30 * 1024;

	private static final String INSTALL = "apt-get install -y nginx wrk";

	@Autowired
	ObjectStorage storage;

	@Autowired
	StorageProperties storageProperties;

	private Process nginx;

	private Path nginxDir;

	@AfterEach
	void stopNginx() throws IOException, InterruptedException {
		if (this.nginx != null) {
			this.nginx.destroy();
			if (!this.nginx.waitFor(10, TimeUnit.SECONDS)) {
				this.nginx.destroyForcibly();
			}
		}
		if (this.nginxDir != null) {
			try (Stream<Path> files = Files.walk(this.nginxDir)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	@Test
	void aPublishedPageThroughTheGatewayAgainstNginx() throws Exception {
		String nginxBinary = executable("nginx", "/usr/sbin/nginx");
		String wrkBinary = executable("wrk", "/usr/bin/wrk");
		byte[] page = page();

		String code = code("bench");
		String host = code + ".govsite.localhost";
		this.stubs.addSite(code, host);
		String bucket = this.storageProperties.bucket("pages");
		this.storage.ensureBucket(bucket);
		this.storage.put(bucket, code + "/articles/1.html", page, "text/html; charset=utf-8");
		String gatewayUrl = "http://127.0.0.1:" + this.port + "/articles/1.html";
		assertThat(body(gatewayUrl, host)).isEqualTo(page);

		int nginxPort = unusedPort();
		startNginx(nginxBinary, nginxPort, page);
		String nginxUrl = "http://127.0.0.1:" + nginxPort + "/articles/1.html";
		assertThat(body(nginxUrl, "localhost")).isEqualTo(page);

		// The full path every page took before the fast path (security chain, site
		// resolution and signing, state filter, router, handler): the same page, reached
		// through an encoded path that the fast path leaves alone.
		String fullPathUrl = "http://127.0.0.1:" + this.port + "/articles/%31.html";
		assertThat(body(fullPathUrl, host)).isEqualTo(page);

		// Warm all alike (the gateway's JIT, caches and connection pools; nginx's page
		// cache), unmeasured. On a loaded machine a short warm-up leaves the first
		// gateway
		// round interpreted.
		for (int round = 0; round < WARM_UP_ROUNDS; round++) {
			warmUp(wrkBinary, nginxUrl, "localhost");
			warmUp(wrkBinary, gatewayUrl, host);
			warmUp(wrkBinary, fullPathUrl, host);
		}

		String loadBefore = loadAverage();
		List<Run> gatewayRuns = new ArrayList<>();
		List<Run> fullPathRuns = new ArrayList<>();
		List<Run> nginxRuns = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			nginxRuns.add(wrk(wrkBinary, nginxUrl, "localhost", SECONDS));
			gatewayRuns.add(wrk(wrkBinary, gatewayUrl, host, SECONDS));
			fullPathRuns.add(wrk(wrkBinary, fullPathUrl, host, SECONDS));
		}
		for (int round = 0; round < ROUNDS; round++) {
			System.out.printf("page-delivery: round %d nginx %s | gateway %s | gateway full path %s%n", round + 1,
					nginxRuns.get(round), gatewayRuns.get(round), fullPathRuns.get(round));
		}
		Run nginxMean = Run.mean(nginxRuns);
		Run gatewayMean = Run.mean(gatewayRuns);
		Run fullPathMean = Run.mean(fullPathRuns);
		double ratio = gatewayMean.requestsPerSecond() / nginxMean.requestsPerSecond();
		double tail = gatewayMean.p99Millis() / gatewayMean.p50Millis();
		System.out.printf(
				"page-delivery: %d KB page, wrk -t%d -c%d -d%ds x%d rounds (mean): nginx %.0f req/s p50 %.2f ms p99 %.2f ms;"
						+ " gateway %.0f req/s p50 %.2f ms p99 %.2f ms; gateway/nginx throughput %.2fx (goal >= 0.5),"
						+ " gateway p99/p50 %.1fx (goal <= 5)%n",
				PAGE_BYTES / 1024, THREADS, CONNECTIONS, SECONDS, ROUNDS, nginxMean.requestsPerSecond(),
				nginxMean.p50Millis(), nginxMean.p99Millis(), gatewayMean.requestsPerSecond(), gatewayMean.p50Millis(),
				gatewayMean.p99Millis(), ratio, tail);
		System.out.printf(
				"page-delivery: gateway full path (no fast path) %.0f req/s p50 %.2f ms p99 %.2f ms: %.2fx nginx,"
						+ " fast path %.1fx the full path%n",
				fullPathMean.requestsPerSecond(), fullPathMean.p50Millis(), fullPathMean.p99Millis(),
				fullPathMean.requestsPerSecond() / nginxMean.requestsPerSecond(),
				gatewayMean.requestsPerSecond() / fullPathMean.requestsPerSecond());
		System.out.printf("page-delivery: load average before %s, after %s; %d CPUs; JVM %s %s%n", loadBefore,
				loadAverage(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
	}

	/** The machine's 1/5/15-minute load, which these figures depend on. */
	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	/** A 30 KB HTML page, Chinese text like a real article. */
	private static byte[] page() {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
				+ "<title>关于做好有关工作的通知</title></head><body><main><h1>关于做好有关工作的通知</h1>");
		String paragraph = "<p>为做好有关工作，现将有关事项通知如下。各单位要高度重视，认真组织实施。</p>\n";
		while (html.toString().getBytes(StandardCharsets.UTF_8).length + paragraph.length() * 3 < PAGE_BYTES - 64) {
			html.append(paragraph);
		}
		html.append("</main></body></html>");
		byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
		byte[] exact = new byte[PAGE_BYTES];
		System.arraycopy(bytes, 0, exact, 0, bytes.length);
		// Pad with spaces before the end to exactly 30 KB, still valid HTML.
		for (int i = bytes.length; i < PAGE_BYTES; i++) {
			exact[i] = ' ';
		}
		return exact;
	}

	private byte[] body(String url, String host) {
		return this.client.get()
			.uri(java.net.URI.create(url))
			.header(HttpHeaders.HOST, host)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
	}

	/**
	 * The binary on the PATH or at its Debian location, or a failure saying what to
	 * install.
	 */
	private static String executable(String name, String debianPath) {
		Optional<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.map(dir -> Path.of(dir, name))
			.filter(Files::isExecutable)
			.findFirst();
		if (onPath.isPresent()) {
			return onPath.get().toString();
		}
		if (Files.isExecutable(Path.of(debianPath))) {
			return debianPath;
		}
		return fail(name + " is not installed; this benchmark needs nginx and wrk: run `" + INSTALL + "` (as root)");
	}

	/**
	 * nginx in the foreground with its own prefix, config and logs in a temporary
	 * directory; one worker per core like a production setup, access log off (the gateway
	 * keeps none either).
	 */
	private void startNginx(String binary, int port, byte[] page) throws IOException, InterruptedException {
		this.nginxDir = Files.createTempDirectory("govsite-nginx-bench");
		Path root = Files.createDirectories(this.nginxDir.resolve("html/articles"));
		Files.write(root.resolve("1.html"), page);
		// Workers drop root for nobody: the files must be world readable.
		try (Stream<Path> files = Files.walk(this.nginxDir)) {
			for (Path path : files.toList()) {
				Files.setPosixFilePermissions(path,
						PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
			}
		}
		Path conf = this.nginxDir.resolve("nginx.conf");
		Files.writeString(conf, """
				worker_processes auto;
				pid %1$s/nginx.pid;
				error_log %1$s/error.log warn;
				events { worker_connections 1024; }
				http {
				    access_log off;
				    sendfile on;
				    tcp_nopush on;
				    keepalive_requests 1000000;
				    types { text/html html; }
				    client_body_temp_path %1$s/body;
				    proxy_temp_path %1$s/proxy;
				    fastcgi_temp_path %1$s/fastcgi;
				    uwsgi_temp_path %1$s/uwsgi;
				    scgi_temp_path %1$s/scgi;
				    server {
				        listen 127.0.0.1:%2$d;
				        root %1$s/html;
				    }
				}
				""".formatted(this.nginxDir, port));
		this.nginx = new ProcessBuilder(binary, "-p", this.nginxDir.toString(), "-e",
				this.nginxDir.resolve("error.log").toString(), "-c", conf.toString(), "-g", "daemon off;")
			.redirectErrorStream(true)
			.redirectOutput(this.nginxDir.resolve("stdout.log").toFile())
			.start();
		await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() -> {
			if (!this.nginx.isAlive()) {
				fail("nginx exited: " + Files.readString(this.nginxDir.resolve("stdout.log")));
			}
			return listening(port);
		});
	}

	private static boolean listening(int port) {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
			return true;
		}
		catch (IOException notYet) {
			return false;
		}
	}

	/**
	 * An unmeasured run: while the JIT compiles, a request can take longer than wrk's
	 * timeout, which only the measured runs must not see.
	 */
	private static void warmUp(String binary, String url, String host) throws IOException, InterruptedException {
		run(binary, url, host, SECONDS);
	}

	private static Run wrk(String binary, String url, String host, int seconds)
			throws IOException, InterruptedException {
		String output = run(binary, url, host, seconds);
		// Every answer must be the page: errors are fast and would flatter the figures.
		assertThat(output).as(output).doesNotContain("Non-2xx or 3xx responses").doesNotContain("Socket errors");
		return Run.parse(output);
	}

	private static String run(String binary, String url, String host, int seconds)
			throws IOException, InterruptedException {
		Process process = new ProcessBuilder(binary, "-t" + THREADS, "-c" + CONNECTIONS, "-d" + seconds + "s",
				"--latency", "-H", "Host: " + host, url)
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(seconds + 60L, TimeUnit.SECONDS)).as("wrk finished").isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

	/** One wrk run's figures. */
	record Run(double requestsPerSecond, double p50Millis, double p99Millis, long requests) {

		private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");

		private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");

		static Run parse(String output) {
			Matcher rate = RATE.matcher(output);
			Matcher total = TOTAL.matcher(output);
			assertThat(rate.find() && total.find()).as(output).isTrue();
			Run run = new Run(Double.parseDouble(rate.group(1)), percentile(output, "50"), percentile(output, "99"),
					Long.parseLong(total.group(1)));
			assertThat(run.requests()).as(output).isPositive();
			return run;
		}

		/** A line of wrk's latency distribution, e.g. {@code 99%  12.34ms}, in ms. */
		private static double percentile(String output, String percent) {
			Matcher line = Pattern.compile("^\\s*" + percent + "%\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE)
				.matcher(output);
			assertThat(line.find()).as(output).isTrue();
			double value = Double.parseDouble(line.group(1));
			return switch (line.group(2)) {
				case "us" -> value / 1000;
				case "s" -> value * 1000;
				default -> value;
			};
		}

		static Run mean(List<Run> runs) {
			return new Run(runs.stream().mapToDouble(Run::requestsPerSecond).average().orElseThrow(),
					runs.stream().mapToDouble(Run::p50Millis).average().orElseThrow(),
					runs.stream().mapToDouble(Run::p99Millis).average().orElseThrow(),
					runs.stream().mapToLong(Run::requests).sum());
		}

		@Override
		public String toString() {
			return "%.0f req/s p50 %.2f ms p99 %.2f ms".formatted(this.requestsPerSecond, this.p50Millis,
					this.p99Millis);
		}

	}

}
