package cn.govsite.common.event;

import java.sql.Timestamp;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.govsite.common.tenant.SiteRef;

/**
 * Records an event in the service's {@code outbox_event} table inside the caller's
 * transaction, so the change and its event commit or roll back together. The relay moves
 * it to Redis afterwards.
 */
public class Outbox {

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final String source;

	private final OutboxRelay relay;

	public Outbox(JdbcTemplate jdbc, JsonMapper json, String source, OutboxRelay relay) {
		this.jdbc = jdbc;
		this.json = json;
		this.source = source;
		this.relay = relay;
	}

	public EventEnvelope record(String type, SiteRef site, Object payload) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Outbox.record must run inside the transaction of the change it reports");
		}
		EventEnvelope event = EventEnvelope.create(type, this.source, (site != null) ? site.id() : null,
				(site != null) ? site.code() : null, this.json.valueToTree(payload));
		this.jdbc.update(
				"INSERT INTO outbox_event (event_id, event_type, site_id, envelope, created_at) VALUES (?, ?, ?, ?, ?)",
				event.id(), event.type(), event.siteId(), this.json.writeValueAsString(event),
				Timestamp.from(event.occurredAt()));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Outbox.this.relay.wakeUp();
			}
		});
		return event;
	}

}
