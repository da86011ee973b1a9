package cn.govsite.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import cn.govsite.common.test.Keycloak;

/**
 * A burst of publishes by several editors at once, each step retried until it is through,
 * as a newsroom keeps working while a part of the platform fails. Items are released in
 * batches by the drill, so publishes are in flight at the moment something is killed.
 */
final class PublishBurst implements AutoCloseable {

	private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(10);

	private static final Duration TOKEN_AGE = Duration.ofMinutes(5);

	private final GatewayClient gateway;

	private final String host;

	private final long column;

	private final String titlePrefix;

	private final int items;

	private final Semaphore released = new Semaphore(0);

	private final AtomicInteger next = new AtomicInteger();

	private final AtomicInteger completed = new AtomicInteger();

	private final AtomicInteger retries = new AtomicInteger();

	private final Map<Integer, Long> published = new ConcurrentHashMap<>();

	private final AtomicReference<Throwable> failure = new AtomicReference<>();

	private final ExecutorService workers;

	private volatile String token;

	private volatile long tokenAt;

	PublishBurst(GatewayClient gateway, String host, long column, String titlePrefix, int items, int editors) {
		this.gateway = gateway;
		this.host = host;
		this.column = column;
		this.titlePrefix = titlePrefix;
		this.items = items;
		this.token = Keycloak.token("operator", Keycloak.DEMO_PASSWORD);
		this.tokenAt = System.nanoTime();
		this.workers = Executors.newFixedThreadPool(editors);
		for (int i = 0; i < editors; i++) {
			this.workers.execute(this::work);
		}
	}

	static String title(String prefix, int index) {
		return prefix + "第" + index + "号";
	}

	/** Lets the next {@code count} items go. */
	void release(int count) {
		this.released.release(count);
	}

	void releaseAll() {
		this.released.release(this.items);
	}

	int completed() {
		return this.completed.get();
	}

	int retries() {
		return this.retries.get();
	}

	/** Index → article id of every item that was published. */
	Map<Integer, Long> published() {
		return Map.copyOf(this.published);
	}

	/** Waits until {@code count} items are published (or a worker failed for good). */
	void awaitCompleted(int count, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (this.completed.get() < Math.min(count, this.items) && System.nanoTime() < deadline) {
			Throwable failed = this.failure.get();
			if (failed != null) {
				throw new AssertionError("The burst failed", failed);
			}
			sleep(Duration.ofMillis(200));
		}
		if (this.failure.get() != null) {
			throw new AssertionError("The burst failed", this.failure.get());
		}
		if (this.completed.get() < Math.min(count, this.items)) {
			throw new AssertionError("Only " + this.completed.get() + " of " + count + " items published within "
					+ timeout + " (" + this.retries.get() + " retries so far)");
		}
	}

	private void work() {
		try {
			while (true) {
				this.released.acquire();
				int index = this.next.getAndIncrement();
				if (index >= this.items) {
					return;
				}
				long article = untilThrough("create item " + index, () -> create(index));
				untilThrough("publish item " + index, () -> publish(article));
				this.published.put(index, article);
				this.completed.incrementAndGet();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Throwable ex) {
			this.failure.compareAndSet(null, ex);
		}
	}

	/** A step's answer: done (with a value), or worth trying again. */
	private record Attempt(boolean done, long value, String why) {

		static Attempt done(long value) {
			return new Attempt(true, value, null);
		}

		static Attempt again(String why) {
			return new Attempt(false, 0, why);
		}

	}

	private long untilThrough(String step, Supplier<Attempt> call) {
		long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
		String lastWhy = null;
		while (System.nanoTime() < deadline) {
			Attempt attempt;
			try {
				attempt = call.get();
			}
			catch (UncheckedIOException ex) {
				attempt = Attempt.again(ex.getCause().toString());
			}
			if (attempt.done()) {
				return attempt.value();
			}
			lastWhy = attempt.why();
			this.retries.incrementAndGet();
			sleep(Duration.ofMillis(500));
		}
		throw new AssertionError(step + " did not get through in " + GIVE_UP_AFTER + "; last: " + lastWhy);
	}

	private Attempt create(int index) {
		GatewayClient.Response response = send(() -> this.gateway.postJson(this.host, "/api/content/articles", token(),
				Map.of("columnId", this.column, "title", title(this.titlePrefix, index), "body",
						"示范市应急管理局开展应急演练，检验平台在部件故障时的发布能力。本条为第" + index + "号演练稿件。")));
		return switch (response.status()) {
			case 201 -> Attempt.done(response.json().get("id").asLong());
			default -> retryable(response);
		};
	}

	private Attempt publish(long article) {
		GatewayClient.Response response = send(
				() -> this.gateway.postJson(this.host, "/api/content/articles/" + article + "/publish", token(), "{}"));
		if (response.status() == 200) {
			return Attempt.done(article);
		}
		if (response.status() == 409) {
			// An earlier attempt may have gone through with its answer lost.
			GatewayClient.Response current = send(
					() -> this.gateway.get(this.host, "/api/content/articles/" + article, token()));
			if (current.status() == 200 && "PUBLISHED".equals(current.json().get("state").asString())) {
				return Attempt.done(article);
			}
		}
		return retryable(response);
	}

	private Attempt retryable(GatewayClient.Response response) {
		if (response.status() == 401) {
			this.tokenAt = 0;
			return Attempt.again("401");
		}
		if (response.status() >= 500 || response.status() == 429 || response.status() == 409) {
			return Attempt.again(response.status() + " " + abbreviate(response.body()));
		}
		throw new AssertionError("Not a failure to retry: " + response);
	}

	private static GatewayClient.Response send(Supplier<GatewayClient.Response> call) {
		try {
			return call.get();
		}
		catch (IllegalStateException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw new UncheckedIOException(io);
			}
			throw ex;
		}
	}

	/**
	 * The editor's token, renewed now and then; while Keycloak is down the old one serves
	 * on.
	 */
	private String token() {
		if (System.nanoTime() - this.tokenAt > TOKEN_AGE.toNanos()) {
			try {
				this.token = Keycloak.token("operator", Keycloak.DEMO_PASSWORD);
				this.tokenAt = System.nanoTime();
			}
			catch (RuntimeException ex) {
				// Keycloak is down: keep the token we have (it lives 15 minutes).
			}
		}
		return this.token;
	}

	private static String abbreviate(String text) {
		return (text.length() > 200) ? text.substring(0, 200) + "…" : text;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.workers.shutdownNow();
		try {
			this.workers.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	List<Long> articleIds() {
		return List.copyOf(this.published.values());
	}

}
