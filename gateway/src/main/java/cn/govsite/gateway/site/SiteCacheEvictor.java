package cn.govsite.gateway.site;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import cn.govsite.common.event.EventConsumer;
import cn.govsite.common.event.EventEnvelope;

/**
 * Evicts cached site look-ups when tenant-service reports a change, so a new site is
 * served at once instead of after the negative TTL. One group for all replicas: the cache
 * is in Redis, shared.
 */
@Component
class SiteCacheEvictor implements EventConsumer {

	static final Set<String> TYPES = Set.of("SiteCreated", "SiteUpdated", "SiteDomainChanged", "SiteStatusChanged");

	private final SiteDirectory directory;

	SiteCacheEvictor(SiteDirectory directory) {
		this.directory = directory;
	}

	@Override
	public String group() {
		return "gateway";
	}

	@Override
	public boolean accepts(String eventType) {
		return TYPES.contains(eventType);
	}

	@Override
	public void handle(EventEnvelope event) {
		JsonNode payload = event.payload();
		String code = text(payload, "code");
		List<String> hosts = new ArrayList<>(
				List.of(nonNull(text(payload, "domain")), nonNull(text(payload, "oldDomain")),
						nonNull(text(payload, "previousDomain")), nonNull(text(payload, "newDomain"))));
		// A domain switch or a Chinese domain change names every host whose look-up is
		// stale (the former domain, the old punycode name), so none keeps answering.
		JsonNode stale = (payload != null) ? payload.get("staleHosts") : null;
		if (stale != null && stale.isArray()) {
			stale.forEach(host -> hosts.add(host.isString() ? host.asString() : ""));
		}
		this.directory
			.evict((code != null) ? code : event.siteCode(),
					hosts.stream().filter(host -> !host.isEmpty()).distinct().toArray(String[]::new))
			.block(Duration.ofSeconds(5));
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

	private static String text(JsonNode payload, String field) {
		JsonNode value = (payload != null) ? payload.get(field) : null;
		return (value != null && value.isString()) ? value.asString() : null;
	}

}
