package cn.govsite.content.publishing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;

/**
 * 定时发布 — publishes approved articles whose {@code publishAt} has come, for every site. A
 * Redis lock (SET NX with expiry) makes one replica do a round; the article's guarded
 * state move would refuse a second publish anyway.
 */
@Component
class ScheduledPublisher {

	private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);

	private static final Duration LOCK_TTL = Duration.ofMinutes(2);

	private static final int BATCH = 50;

	/** Deletes the lock only if it is still ours (it may have expired and been taken). */
	private static final RedisScript<Long> RELEASE = RedisScript.of(
			"if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
			Long.class);

	private final JdbcTemplate jdbc;

	private final StringRedisTemplate redis;

	private final Publisher publisher;

	private final String lockKey;

	private final Clock clock = Clock.systemUTC();

	ScheduledPublisher(JdbcTemplate jdbc, StringRedisTemplate redis, Publisher publisher, GovsiteProperties govsite) {
		this.jdbc = jdbc;
		this.redis = redis;
		this.publisher = publisher;
		this.lockKey = govsite.redis().keyPrefix() + "content:scheduled-publish:lock";
	}

	@Scheduled(fixedDelayString = "${govsite.content.scheduled-publish-interval:PT10S}",
			initialDelayString = "${govsite.content.scheduled-publish-interval:PT10S}")
	void publishDue() {
		String token = UUID.randomUUID().toString();
		Boolean locked = this.redis.opsForValue().setIfAbsent(this.lockKey, token, LOCK_TTL);
		if (!Boolean.TRUE.equals(locked)) {
			return;
		}
		try {
			due().forEach(this::publishOne);
		}
		finally {
			this.redis.execute(RELEASE, List.of(this.lockKey), token);
		}
	}

	/** Due articles of every site; plain JDBC, as this read spans sites on purpose. */
	List<Due> due() {
		return this.jdbc.query(
				"SELECT a.id, a.site_id, p.code FROM article a JOIN site_profile p ON p.site_id = a.site_id "
						+ "WHERE a.state = 'APPROVED' AND a.publish_at <= ? ORDER BY a.publish_at LIMIT " + BATCH,
				(rs, row) -> new Due(rs.getLong(1), new SiteRef(rs.getLong(2), rs.getString(3))),
				Timestamp.from(this.clock.instant()));
	}

	private void publishOne(Due due) {
		try {
			TenantContext.runAs(due.site(), () -> this.publisher.publishScheduled(due.articleId()));
			log.info("Published article {} of site {} on schedule", due.articleId(), due.site().code());
		}
		catch (RuntimeException ex) {
			// One failing article (storage down, edited meanwhile) must not stop the
			// others.
			log.warn("Scheduled publish of article {} of site {} failed: {}", due.articleId(), due.site().code(),
					ex.toString());
		}
	}

	record Due(long articleId, SiteRef site) {

	}

}
