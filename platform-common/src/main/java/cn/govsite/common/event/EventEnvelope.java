package cn.govsite.common.event;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * The one shape every domain event travels in. {@code id} makes consumers idempotent;
 * {@code siteId}/{@code siteCode} set the tenant for the consumer; {@code payload} is the
 * event's own record as JSON.
 */
public record EventEnvelope(String id, String type, String source, Long siteId, String siteCode, Instant occurredAt,
		JsonNode payload) {

	public static EventEnvelope create(String type, String source, Long siteId, String siteCode, JsonNode payload) {
		return new EventEnvelope(UUID.randomUUID().toString(), type, source, siteId, siteCode, Instant.now(), payload);
	}

}
