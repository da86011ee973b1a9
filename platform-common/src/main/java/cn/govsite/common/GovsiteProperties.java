package cn.govsite.common;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import cn.govsite.common.tenant.SiteHeaderSigner;

/**
 * Settings every service shares, under {@code govsite.*}. The defaults run against the
 * launcher's local servers.
 */
@ConfigurationProperties("govsite")
public record GovsiteProperties(@DefaultValue Redis redis, @DefaultValue Events events, @DefaultValue Security security,
		@DefaultValue Tenant tenant) {

	/**
	 * @param keyPrefix prefix of every Redis key and stream, so tests and deployments can
	 * share a server
	 */
	public record Redis(@DefaultValue("govsite:") String keyPrefix) {
	}

	/**
	 * @param stream stream name (after the key prefix) that carries every domain event
	 * @param relayInterval how often the outbox relay looks for unpublished events
	 * @param relayBatch events moved per relay round
	 * @param consumerBlock how long a consumer waits for new events in one read
	 * @param retryAfter how long a failed event waits before it is delivered again
	 * @param maxDeliveries deliveries before an event goes to the dead-letter stream
	 * @param processedTtl how long a consumer remembers an event id it has handled
	 */
	public record Events(@DefaultValue("events") String stream, @DefaultValue("500ms") Duration relayInterval,
			@DefaultValue("100") int relayBatch, @DefaultValue("1s") Duration consumerBlock,
			@DefaultValue("2s") Duration retryAfter, @DefaultValue("5") int maxDeliveries,
			@DefaultValue("7d") Duration processedTtl) {
	}

	/**
	 * @param publicPaths Ant patterns served without a token (health is always public)
	 * @param internalClients the Keycloak clients whose service tokens may call a
	 * service's {@code /internal} API (see {@code ServiceCallers})
	 */
	public record Security(@DefaultValue List<String> publicPaths,
			@DefaultValue("govsite-jobs") List<String> internalClients) {
	}

	/**
	 * @param sharedTables tables that are not owned by one site (no {@code site_id}
	 * filter)
	 * @param headerSecret the secret the gateway signs resolved site headers with (every
	 * deployment sets its own)
	 */
	public record Tenant(@DefaultValue( {
			"flyway_schema_history", "outbox_event" }) List<String> sharedTables,
			@DefaultValue(SiteHeaderSigner.DEV_SECRET) String headerSecret){
	}

}
