package cn.govsite.content.supervision;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import cn.govsite.common.GovsiteProperties;

/**
 * A scheduler lock over Redis ({@code SET key token NX PX ttl}) so that of all replicas
 * only one runs a job. ShedLock is not in the Maven mirror this project builds from, and
 * the job needs one key per run, which one command gives; release checks the token in a
 * script so a replica never frees a lock another took after expiry.
 */
@Component
public class RunOnceLock {

	private static final RedisScript<Long> RELEASE = RedisScript.of(
			"if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
			Long.class);

	private final StringRedisTemplate redis;

	private final String prefix;

	public RunOnceLock(StringRedisTemplate redis, GovsiteProperties govsite) {
		this.redis = redis;
		this.prefix = govsite.redis().keyPrefix() + "content:supervision:lock:";
	}

	/** The lock named {@code name} for {@code ttl}, or empty when another holds it. */
	public Optional<Lease> acquire(String name, Duration ttl) {
		String key = this.prefix + name;
		String token = UUID.randomUUID().toString();
		Boolean taken = this.redis.opsForValue().setIfAbsent(key, token, ttl);
		return Boolean.TRUE.equals(taken) ? Optional.of(new Lease(key, token)) : Optional.empty();
	}

	/** A held lock; releasing it lets another replica run the job. */
	public final class Lease {

		private final String key;

		private final String token;

		private Lease(String key, String token) {
			this.key = key;
			this.token = token;
		}

		public boolean release() {
			Long deleted = RunOnceLock.this.redis.execute(RELEASE, List.of(this.key), this.token);
			return deleted != null && deleted == 1;
		}

	}

}
