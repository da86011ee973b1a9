package cn.govsite.content.feed;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.tenant.TenantContext;

/**
 * Polls the feeds that are due, every site's, one replica at a time (a Redis lock, as the
 * scheduled publisher takes); a failing feed does not stop the others.
 */
@Component
class FeedScheduler {

	private static final Logger log = LoggerFactory.getLogger(FeedScheduler.class);

	private static final Duration LOCK_TTL = Duration.ofMinutes(5);

	private static final RedisScript<Long> RELEASE = RedisScript.of(
			"if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
			Long.class);

	private final FeedStore store;

	private final ColumnFeeds feeds;

	private final StringRedisTemplate redis;

	private final String lockKey;

	private final Clock clock = Clock.systemUTC();

	FeedScheduler(FeedStore store, ColumnFeeds feeds, StringRedisTemplate redis, GovsiteProperties govsite) {
		this.store = store;
		this.feeds = feeds;
		this.redis = redis;
		this.lockKey = govsite.redis().keyPrefix() + "content:feeds:lock";
	}

	@Scheduled(fixedDelayString = "${govsite.content.feeds.poll-interval:30s}",
			initialDelayString = "${govsite.content.feeds.poll-interval:30s}")
	void pollDue() {
		String token = UUID.randomUUID().toString();
		if (!Boolean.TRUE.equals(this.redis.opsForValue().setIfAbsent(this.lockKey, token, LOCK_TTL))) {
			return;
		}
		try {
			for (FeedStore.Due due : this.store.due(this.clock.instant(), 20)) {
				try {
					TenantContext.runAs(due.site(), () -> this.feeds.pollDue(due.feedId()));
				}
				catch (RuntimeException ex) {
					log.warn("Polling feed {} of site {} failed", due.feedId(), due.site().code(), ex);
				}
			}
		}
		finally {
			this.redis.execute(RELEASE, List.of(this.lockKey), token);
		}
	}

}
