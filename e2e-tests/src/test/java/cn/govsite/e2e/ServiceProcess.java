package cn.govsite.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service of the platform running as its own process from its packaged jar, as it
 * runs in production: started with arguments, healthy when its actuator says UP, stopped
 * (or killed) and started again by tests that show nothing is lost.
 */
final class ServiceProcess {

	/**
	 * Generous: on a machine shared by several builds (load 20–50 on 2 cores) a cold
	 * start took over 5 minutes. {@code -Dgovsite.e2e.start-timeout-seconds} changes it.
	 */
	private static final Duration START_TIMEOUT = Duration
		.ofSeconds(Long.getLong("govsite.e2e.start-timeout-seconds", 600));

	private final String module;

	private final int port;

	private final Map<String, String> properties;

	private final Path log;

	private Process process;

	ServiceProcess(String module, int port, Map<String, String> properties) {
		this.module = module;
		this.port = port;
		this.properties = properties;
		this.log = Path.of("target", "e2e-logs", module + ".log");
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String url() {
		return "http://127.0.0.1:" + this.port;
	}

	int port() {
		return this.port;
	}

	void start() {
		Path jar = Path.of("..", this.module, "target", this.module + "-0.1.0-SNAPSHOT.jar")
			.toAbsolutePath()
			.normalize();
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No jar for " + this.module + " at " + jar
					+ ": run the whole build (./govsite test or ./mvnw verify)");
		}
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx320m",
						"-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + this.port));
		this.properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		try {
			Files.createDirectories(this.log.getParent());
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start " + this.module, ex);
		}
		awaitHealthy();
	}

	String module() {
		return this.module;
	}

	/** The running process's id (for jcmd and /proc). */
	long pid() {
		if (this.process == null) {
			throw new IllegalStateException(this.module + " is not running");
		}
		return this.process.pid();
	}

	/** kill -9, as a crash or an OOM killer does: no shutdown hook runs. */
	void kill() {
		if (this.process == null) {
			return;
		}
		this.process.destroyForcibly();
		try {
			this.process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.process = null;
	}

	/** A graceful stop, as an orchestrator does. */
	void stop() {
		if (this.process == null) {
			return;
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.process = null;
	}

	private void awaitHealthy() {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.module + " exited with " + this.process.exitValue()
						+ " while starting; its log:\n" + tail());
			}
			try {
				HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			try {
				this.process.waitFor(500, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new IllegalStateException(
				this.module + " was not healthy within " + START_TIMEOUT + "; its log:\n" + tail());
	}

	String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no log at " + this.log + ")";
		}
	}

}
