package cn.govsite.common.event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.PendingMessage;
import org.springframework.data.redis.connection.stream.PendingMessages;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StreamOperations;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;

/**
 * Runs one loop per {@link EventConsumer}: reads new events for its group, handles them
 * with the event's site as tenant, acknowledges, and re-delivers failures after a pause
 * until {@code maxDeliveries}, when the event moves to the dead-letter stream.
 */
public class EventConsumerRunner implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EventConsumerRunner.class);

	private final List<EventConsumer> consumers;

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	private final EventStreams streams;

	private final GovsiteProperties.Events settings;

	private final String consumerName;

	private final AtomicBoolean running = new AtomicBoolean();

	private final List<Thread> threads = new ArrayList<>();

	public EventConsumerRunner(List<EventConsumer> consumers, StringRedisTemplate redis, JsonMapper json,
			GovsiteProperties properties, String consumerName) {
		this.consumers = consumers;
		this.redis = redis;
		this.json = json;
		this.streams = EventStreams.of(properties);
		this.settings = properties.events();
		this.consumerName = consumerName;
	}

	@Override
	public void start() {
		this.running.set(true);
		for (EventConsumer consumer : this.consumers) {
			ensureGroup(consumer.group());
			this.threads
				.add(Thread.ofPlatform().name("events-" + consumer.group()).daemon().start(() -> loop(consumer)));
		}
	}

	@Override
	public void stop() {
		this.running.set(false);
		for (Thread thread : this.threads) {
			try {
				thread.join(this.settings.consumerBlock().toMillis() * 3);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.threads.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running.get();
	}

	private void ensureGroup(String group) {
		StreamOperations<String, Object, Object> ops = this.redis.opsForStream();
		if (!Boolean.TRUE.equals(this.redis.hasKey(this.streams.events()))) {
			// XGROUP CREATE needs the stream; an empty marker entry creates it and is
			// ignored on read.
			ops.add(StreamRecords.string(Map.of("marker", "stream-created")).withStreamKey(this.streams.events()));
		}
		try {
			// From the start of the stream: a group created late still sees what was sent
			// before it.
			ops.createGroup(this.streams.events(), ReadOffset.from("0-0"), group);
		}
		catch (RedisSystemException ex) {
			if (ex.getMessage() == null || !ex.getMessage().contains("BUSYGROUP")) {
				Throwable cause = ex.getMostSpecificCause();
				if (cause.getMessage() == null || !cause.getMessage().contains("BUSYGROUP")) {
					throw ex;
				}
			}
		}
	}

	private void loop(EventConsumer consumer) {
		long lastRetryScan = 0;
		while (this.running.get()) {
			try {
				pollNew(consumer);
				if (System.currentTimeMillis() - lastRetryScan >= this.settings.retryAfter().toMillis()) {
					retryPending(consumer);
					lastRetryScan = System.currentTimeMillis();
				}
			}
			catch (RuntimeException ex) {
				if (!this.running.get()) {
					return;
				}
				log.warn("Event loop of group {} failed, continuing: {}", consumer.group(), ex.toString());
				pause(this.settings.retryAfter());
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void pollNew(EventConsumer consumer) {
		List<MapRecord<String, Object, Object>> records = this.redis.opsForStream()
			.read(Consumer.from(consumer.group(), this.consumerName),
					StreamReadOptions.empty().count(20).block(this.settings.consumerBlock()),
					StreamOffset.create(this.streams.events(), ReadOffset.lastConsumed()));
		if (records == null) {
			return;
		}
		for (MapRecord<String, Object, Object> record : records) {
			deliver(consumer, record);
		}
	}

	private void retryPending(EventConsumer consumer) {
		StreamOperations<String, Object, Object> ops = this.redis.opsForStream();
		PendingMessages pending = ops.pending(this.streams.events(), consumer.group(), Range.unbounded(), 50);
		for (PendingMessage message : pending) {
			if (message.getElapsedTimeSinceLastDelivery().compareTo(this.settings.retryAfter()) < 0) {
				continue;
			}
			List<MapRecord<String, Object, Object>> claimed = ops.claim(this.streams.events(), consumer.group(),
					this.consumerName, this.settings.retryAfter(), message.getId());
			for (MapRecord<String, Object, Object> record : claimed) {
				if (message.getTotalDeliveryCount() >= this.settings.maxDeliveries()) {
					deadLetter(consumer, record, message.getTotalDeliveryCount());
				}
				else {
					deliver(consumer, record);
				}
			}
		}
	}

	private void deliver(EventConsumer consumer, MapRecord<String, Object, Object> record) {
		Object raw = record.getValue().get("envelope");
		if (raw == null) {
			ack(consumer, record.getId());
			return;
		}
		EventEnvelope event = this.json.readValue(raw.toString(), EventEnvelope.class);
		String processedKey = this.streams.processed(consumer.group(), event.id());
		if (!consumer.accepts(event.type()) || Boolean.TRUE.equals(this.redis.hasKey(processedKey))) {
			ack(consumer, record.getId());
			return;
		}
		try {
			if (event.siteId() != null) {
				try (TenantContext.Scope scope = TenantContext.open(new SiteRef(event.siteId(), event.siteCode()))) {
					consumer.handle(event);
				}
			}
			else {
				consumer.handle(event);
			}
		}
		catch (Exception ex) {
			log.warn("Group {} failed on event {} ({}); it will be retried: {}", consumer.group(), event.id(),
					event.type(), ex.toString());
			return;
		}
		this.redis.opsForValue().set(processedKey, "1", this.settings.processedTtl());
		ack(consumer, record.getId());
	}

	private void deadLetter(EventConsumer consumer, MapRecord<String, Object, Object> record, long deliveries) {
		Object envelope = record.getValue().get("envelope");
		this.redis.opsForStream()
			.add(StreamRecords
				.string(Map.of("group", consumer.group(), "deliveries", Long.toString(deliveries), "envelope",
						String.valueOf(envelope), "originalId", record.getId().getValue()))
				.withStreamKey(this.streams.deadLetters()));
		log.error("Group {} gave up on stream entry {} after {} deliveries; moved to {}", consumer.group(),
				record.getId(), deliveries, this.streams.deadLetters());
		ack(consumer, record.getId());
	}

	private void ack(EventConsumer consumer, RecordId id) {
		this.redis.opsForStream().acknowledge(this.streams.events(), consumer.group(), id);
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
