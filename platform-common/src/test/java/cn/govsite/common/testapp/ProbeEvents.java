package cn.govsite.common.testapp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.govsite.common.event.EventConsumer;
import cn.govsite.common.event.EventEnvelope;
import cn.govsite.common.event.Outbox;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;

/**
 * Records probe events through the outbox and consumes them: fails a payload's
 * {@code failTimes} first deliveries, and always fails a {@code poison} one.
 */
@Component
public class ProbeEvents implements EventConsumer {

	public record Probe(String name, int failTimes, boolean poison) {
	}

	public record Handled(String eventId, String name, String siteCode) {
	}

	private final Outbox outbox;

	private final List<Handled> handled = new CopyOnWriteArrayList<>();

	private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

	ProbeEvents(Outbox outbox) {
		this.outbox = outbox;
	}

	@Transactional
	public EventEnvelope record(SiteRef site, Probe probe, boolean thenFail) {
		EventEnvelope event = this.outbox.record("ProbeHappened", site, probe);
		if (thenFail) {
			throw new IllegalStateException("the change fails after recording its event");
		}
		return event;
	}

	@Override
	public String group() {
		return "probe";
	}

	@Override
	public boolean accepts(String eventType) {
		return "ProbeHappened".equals(eventType);
	}

	@Override
	public void handle(EventEnvelope event) {
		String name = event.payload().get("name").asString();
		int attempt = this.attempts.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
		if (event.payload().get("poison").asBoolean() || attempt <= event.payload().get("failTimes").asInt()) {
			throw new IllegalStateException("probe failure " + attempt + " of " + name);
		}
		this.handled.add(new Handled(event.id(), name, TenantContext.current().map(SiteRef::code).orElse(null)));
	}

	public List<Handled> handled() {
		return this.handled;
	}

	public int attempts(String eventId) {
		AtomicInteger count = this.attempts.get(eventId);
		return (count != null) ? count.get() : 0;
	}

}
