package cn.govsite.content.interaction;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.error.RateLimitedException;
import cn.govsite.common.error.Message;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.web.ClientAddress;

/**
 * 防刷 — a token bucket per client and site for public submissions (messages, survey
 * answers), kept in Redis so every replica shares it: Bucket4j's Lettuce proxy (atomic
 * compare-and-swap on the bucket state), over the Lettuce client Spring Data Redis
 * already runs. The client is the address the gateway names ({@link ClientAddress}), else
 * the peer address.
 */
@Component
public class SubmissionRateLimit implements DisposableBean {

	private final StatefulRedisConnection<String, byte[]> connection;

	private final ProxyManager<String> buckets;

	private final BucketConfiguration configuration;

	private final String prefix;

	SubmissionRateLimit(RedisConnectionFactory factory, GovsiteProperties govsite, InteractionProperties properties) {
		if (!(factory instanceof LettuceConnectionFactory lettuce)
				|| !(lettuce.getNativeClient() instanceof RedisClient client)) {
			throw new IllegalStateException("The submission rate limit needs a standalone Lettuce Redis client");
		}
		this.connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
		Duration period = properties.submissionPeriod();
		this.buckets = Bucket4jLettuce.casBasedBuilder(this.connection)
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(period))
			.build();
		this.configuration = BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(properties.submissions()).refillGreedy(properties.submissions(), period))
			.build();
		this.prefix = govsite.redis().keyPrefix() + "ratelimit:interaction:";
	}

	/** Takes one submission from the client's bucket on the site, or refuses with 429. */
	public void take(SiteRef site, String client) {
		ConsumptionProbe probe = this.buckets.builder()
			.build(this.prefix + site.id() + ":" + client, () -> this.configuration)
			.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
			throw new RateLimitedException(
					Message.of("提交过于频繁，请 " + seconds + " 秒后再试", "Too many submissions; try again in " + seconds + "s"),
					Duration.ofSeconds(seconds));
		}
	}

	/** The client a request comes from. */
	public static String client(HttpServletRequest request) {
		String named = request.getHeader(ClientAddress.HEADER);
		if (named != null && !named.isBlank() && named.strip().length() <= 64) {
			return named.strip();
		}
		return request.getRemoteAddr();
	}

	@Override
	public void destroy() {
		this.connection.close();
	}

}
