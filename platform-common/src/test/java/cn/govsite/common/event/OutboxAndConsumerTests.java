package cn.govsite.common.event;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.testapp.CommonIntegrationTest;
import cn.govsite.common.testapp.ProbeEvents;
import cn.govsite.common.testapp.ProbeEvents.Probe;
import cn.govsite.common.tenant.SiteRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The event path on the real MariaDB and Redis: outbox, relay, consumer group, retry,
 * dead letter.
 */
@CommonIntegrationTest
class OutboxAndConsumerTests {

	private static final SiteRef SITE = new SiteRef(11, "jyj");

	@Autowired
	ProbeEvents probes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	GovsiteProperties properties;

	@Test
	void anEventRecordedWithItsChangeReachesTheConsumerOnceWithItsSite() {
		EventEnvelope event = this.probes.record(SITE, new Probe("ok-" + System.nanoTime(), 0, false), false);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.probes.handled().stream().anyMatch(h -> h.eventId().equals(event.id())));
		assertThat(this.probes.handled()).filteredOn(h -> h.eventId().equals(event.id()))
			.singleElement()
			.extracting(ProbeEvents.Handled::siteCode)
			.isEqualTo("jyj");
		assertThat(this.jdbc.queryForObject("SELECT published_at IS NOT NULL FROM outbox_event WHERE event_id = ?",
				Boolean.class, event.id()))
			.isTrue();
	}

	@Test
	void aChangeThatRollsBackLeavesNoEvent() {
		assertThatThrownBy(() -> this.probes.record(SITE, new Probe("rolled-back", 0, false), true))
			.isInstanceOf(IllegalStateException.class);

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM outbox_event WHERE envelope LIKE '%\"rolled-back\"%'",
				Integer.class))
			.isZero();
	}

	@Test
	void aFailingEventIsRetriedUntilItSucceeds() {
		EventEnvelope event = this.probes.record(SITE, new Probe("flaky", 2, false), false);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.probes.handled().stream().anyMatch(h -> h.eventId().equals(event.id())));
		assertThat(this.probes.attempts(event.id())).isEqualTo(3);
	}

	@Test
	void aPoisonEventEndsInTheDeadLetterStreamAfterMaxDeliveries() {
		EventEnvelope event = this.probes.record(SITE, new Probe("poison", 0, true), false);
		String deadLetters = EventStreams.of(this.properties).deadLetters();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> deadLetterEnvelopes(deadLetters).stream().anyMatch(e -> e.contains(event.id())));
		assertThat(this.probes.attempts(event.id())).isEqualTo(3);
		assertThat(this.probes.handled()).noneMatch(h -> h.eventId().equals(event.id()));
	}

	@Test
	void theSameEventDeliveredTwiceIsHandledOnce() throws Exception {
		EventEnvelope event = this.probes.record(SITE, new Probe("twice", 0, false), false);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.probes.handled().stream().anyMatch(h -> h.eventId().equals(event.id())));
		String envelope = this.jdbc.queryForObject("SELECT envelope FROM outbox_event WHERE event_id = ?", String.class,
				event.id());

		// As a relay that crashed between sending and marking would do: the same envelope
		// again.
		this.redis.opsForStream()
			.add(StreamRecords.string(Map.of("envelope", envelope))
				.withStreamKey(EventStreams.of(this.properties).events()));
		EventEnvelope marker = this.probes.record(SITE, new Probe("after-duplicate", 0, false), false);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.probes.handled().stream().anyMatch(h -> h.eventId().equals(marker.id())));

		assertThat(this.probes.handled()).filteredOn(h -> h.eventId().equals(event.id())).hasSize(1);
	}

	private List<String> deadLetterEnvelopes(String key) {
		List<MapRecord<String, Object, Object>> records = this.redis.opsForStream().range(key, Range.unbounded());
		return (records != null) ? records.stream().map(r -> String.valueOf(r.getValue().get("envelope"))).toList()
				: List.of();
	}

}
