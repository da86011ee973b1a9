package cn.govsite.search.site;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.event.EventConsumer;
import cn.govsite.common.event.EventEnvelope;

/**
 * 站点可见性 — which sites the public may find, from tenant-service's
 * {@code SiteStatusChanged} events: only an ONLINE site is searchable; an offline,
 * closing or closed site drops out of every search as soon as its event is read (a
 * query-time filter, so nothing is deleted and a site back online reappears at once). A
 * site with no status event is visible. Kept in Redis, shared by every replica.
 */
@Component
public class SiteVisibility implements EventConsumer {

	static final String GROUP = "search-service-site-status";

	static final String SITE_STATUS_CHANGED = "SiteStatusChanged";

	static final String ONLINE = "ONLINE";

	/**
	 * Records a site's status unless a later one is known (events can arrive out of
	 * order), and keeps the set of hidden sites in step, in one atomic step.
	 */
	private static final RedisScript<Long> RECORD = RedisScript.of("""
			local current = redis.call('HGET', KEYS[1], ARGV[1])
			if current then
			  local at = tonumber(string.match(current, '|(%d+)$'))
			  if at and at > tonumber(ARGV[3]) then return 0 end
			end
			redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. '|' .. ARGV[3])
			if ARGV[4] == '1' then redis.call('SREM', KEYS[2], ARGV[1]) else redis.call('SADD', KEYS[2], ARGV[1]) end
			return 1
			""", Long.class);

	private final StringRedisTemplate redis;

	private final String statuses;

	private final String hidden;

	public SiteVisibility(StringRedisTemplate redis, GovsiteProperties properties) {
		this.redis = redis;
		this.statuses = properties.redis().keyPrefix() + "search:site-status";
		this.hidden = properties.redis().keyPrefix() + "search:hidden-sites";
	}

	/** Whether the public may find a site's items in this lifecycle status. */
	static boolean searchable(String status) {
		return ONLINE.equals(status);
	}

	@Override
	public String group() {
		return GROUP;
	}

	@Override
	public boolean accepts(String eventType) {
		return SITE_STATUS_CHANGED.equals(eventType);
	}

	@Override
	public void handle(EventEnvelope event) {
		JsonNode payload = event.payload();
		if (!payload.hasNonNull("siteId") || !payload.hasNonNull("to")) {
			throw new IllegalArgumentException("SiteStatusChanged lacks siteId or to");
		}
		String status = payload.get("to").asString();
		long at = (event.occurredAt() != null) ? event.occurredAt().toEpochMilli() : 0;
		this.redis.execute(RECORD, List.of(this.statuses, this.hidden), payload.get("siteId").asString(), status,
				Long.toString(at), searchable(status) ? "1" : "0");
	}

	/** The ids of sites whose items must not be found now. */
	public Set<Long> hiddenSites() {
		Set<String> members = this.redis.opsForSet().members(this.hidden);
		return (members == null) ? Set.of() : members.stream().map(Long::valueOf).collect(Collectors.toSet());
	}

}
