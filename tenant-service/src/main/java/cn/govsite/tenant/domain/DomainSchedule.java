package cn.govsite.tenant.domain;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.govsite.common.GovsiteProperties;

/**
 * 域名变更定时任务 — switches sites whose announced domain change has come and releases former
 * domains whose 3 months are over. A Redis lock (SET NX with expiry, as content-service's
 * scheduled rounds) makes one replica do a round; each step re-checks under the site's
 * row lock, so a repeated or overlapping round changes nothing twice.
 */
@Component
class DomainSchedule {

	/** Who the ledger names for the steps the platform takes by itself. */
	static final String ACTOR = "system:domain-schedule";

	private static final Logger log = LoggerFactory.getLogger(DomainSchedule.class);

	private static final Duration LOCK_TTL = Duration.ofMinutes(2);

	/** Deletes the lock only if it is still ours (it may have expired and been taken). */
	private static final RedisScript<Long> RELEASE = RedisScript.of(
			"if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
			Long.class);

	private final DomainService domains;

	private final StringRedisTemplate redis;

	private final String lockKey;

	DomainSchedule(DomainService domains, StringRedisTemplate redis, GovsiteProperties govsite) {
		this.domains = domains;
		this.redis = redis;
		this.lockKey = govsite.redis().keyPrefix() + "tenant:domain-schedule:lock";
	}

	@Scheduled(fixedDelayString = "${govsite.tenant.domain-check-interval:PT1M}",
			initialDelayString = "${govsite.tenant.domain-check-interval:PT1M}")
	void round() {
		String token = UUID.randomUUID().toString();
		if (!Boolean.TRUE.equals(this.redis.opsForValue().setIfAbsent(this.lockKey, token, LOCK_TTL))) {
			return;
		}
		try {
			run();
		}
		finally {
			this.redis.execute(RELEASE, List.of(this.lockKey), token);
		}
	}

	/** One round without the lock; each step is idempotent on its own. */
	void run() {
		for (String code : this.domains.dueSwitches()) {
			step("switch", code, () -> this.domains.switchIfDue(code));
		}
		for (String code : this.domains.expiredFormers()) {
			step("release", code, () -> this.domains.releaseFormerIfExpired(code));
		}
	}

	private static void step(String what, String code, java.util.function.BooleanSupplier action) {
		try {
			if (action.getAsBoolean()) {
				log.info("Domain {} done for site {}", what, code);
			}
		}
		catch (RuntimeException ex) {
			// One failing site must not stop the others; the next round retries it.
			log.warn("Domain {} of site {} failed: {}", what, code, ex.toString());
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	static class Scheduling {

	}

}
