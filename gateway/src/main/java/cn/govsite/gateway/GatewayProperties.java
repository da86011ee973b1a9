package cn.govsite.gateway;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The gateway's own settings under {@code govsite.gateway} (named apart from Spring Cloud
 * Gateway's {@code spring.cloud.gateway.*}).
 */
@ConfigurationProperties("govsite.gateway")
public record GatewayProperties(@DefaultValue Services services, @DefaultValue RateLimit rateLimit,
		@DefaultValue SiteCache siteCache, @DefaultValue Pages pages) {

	/** Where each service listens; {@code /api/{service}/**} goes there. */
	public record Services(@DefaultValue("http://127.0.0.1:18081") URI tenant,
			@DefaultValue("http://127.0.0.1:18082") URI content, @DefaultValue("http://127.0.0.1:18083") URI search,
			@DefaultValue("http://127.0.0.1:18084") URI asset) {
	}

	/**
	 * The public search API's limit per client IP (a token bucket in Redis).
	 *
	 * @param replenishRate tokens added per second
	 * @param burstCapacity most tokens a client can hold
	 */
	public record RateLimit(@DefaultValue("20") int replenishRate, @DefaultValue("40") int burstCapacity) {
	}

	/**
	 * The Redis cache of site look-ups.
	 *
	 * @param ttl how long a found site is kept (events evict it sooner)
	 * @param negativeTtl how long "no such site" is kept
	 * @param lookupTimeout how long to wait for tenant-service
	 * @param localTtl how long each replica keeps a look-up in its own memory (a change
	 * evicted on another replica reaches this one within that time; 0 turns it off)
	 * @param localMaxEntries most look-ups a replica keeps in memory
	 */
	public record SiteCache(@DefaultValue("5m") Duration ttl, @DefaultValue("30s") Duration negativeTtl,
			@DefaultValue("3s") Duration lookupTimeout, @DefaultValue("5s") Duration localTtl,
			@DefaultValue("20000") int localMaxEntries) {
	}

	/**
	 * The in-memory cache of published pages.
	 *
	 * @param maxEntries most pages kept
	 * @param maxBytes most bytes kept in total
	 * @param ttl how long a page is served without asking storage again; events evict it
	 * sooner, this is the safety net for a missed event
	 * @param maxStale how long past its TTL a page is still served while object storage
	 * is down (an outage should not take every site off the air)
	 * @param instanceId names this replica's consumer group for page events, since every
	 * replica must see every event; empty means host name and port
	 */
	public record Pages(@DefaultValue("2000") int maxEntries, @DefaultValue("64MB") DataSize maxBytes,
			@DefaultValue("60s") Duration ttl, @DefaultValue("24h") Duration maxStale,
			@DefaultValue("") String instanceId) {
	}

}
