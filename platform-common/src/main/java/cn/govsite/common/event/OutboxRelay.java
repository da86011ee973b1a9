package cn.govsite.common.event;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.govsite.common.GovsiteProperties;

/**
 * Moves committed outbox rows to the Redis stream. Rows are locked with
 * {@code FOR UPDATE SKIP LOCKED}, so several replicas relay without sending a row twice
 * in normal operation; a crash between send and mark can send it again, which consumers
 * absorb by event id.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final StringRedisTemplate redis;

	private final EventStreams streams;

	private final GovsiteProperties.Events settings;

	private final AtomicBoolean pending = new AtomicBoolean();

	private ScheduledExecutorService executor;

	public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate transactions, StringRedisTemplate redis,
			GovsiteProperties properties) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.redis = redis;
		this.streams = EventStreams.of(properties);
		this.settings = properties.events();
	}

	/** Moves what is waiting now; returns how many events were sent. */
	public int relayOnce() {
		Integer sent = this.transactions.execute(status -> {
			List<Map<String, Object>> rows = this.jdbc.queryForList(
					"SELECT id, envelope FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED",
					this.settings.relayBatch());
			for (Map<String, Object> row : rows) {
				this.redis.opsForStream()
					.add(StreamRecords.string(Map.of("envelope", (String) row.get("envelope")))
						.withStreamKey(this.streams.events()));
				this.jdbc.update("UPDATE outbox_event SET published_at = CURRENT_TIMESTAMP(3) WHERE id = ?",
						row.get("id"));
			}
			return rows.size();
		});
		return (sent != null) ? sent : 0;
	}

	/** Asks for a round soon, e.g. right after a transaction with events commits. */
	public void wakeUp() {
		ScheduledExecutorService current = this.executor;
		if (current != null && this.pending.compareAndSet(false, true)) {
			current.execute(this::round);
		}
	}

	private void round() {
		this.pending.set(false);
		try {
			while (relayOnce() == this.settings.relayBatch()) {
				// a full batch: more may be waiting
			}
		}
		catch (RuntimeException ex) {
			log.warn("Outbox relay round failed; retrying in {}: {}", this.settings.relayInterval(), ex.toString());
		}
	}

	@Override
	public void start() {
		this.executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("outbox-relay").factory());
		long interval = this.settings.relayInterval().toMillis();
		this.executor.scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		ScheduledExecutorService current = this.executor;
		this.executor = null;
		if (current != null) {
			current.shutdown();
			try {
				current.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

}
