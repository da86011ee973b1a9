package cn.govsite.search.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations.TypedTuple;
import org.springframework.stereotype.Component;

import cn.govsite.common.GovsiteProperties;

/**
 * 搜索统计 — hot queries and queries without results, per site and platform-wide, per day
 * (Beijing time), in Redis sorted sets that expire after {@value #KEEP_DAYS} days.
 * Nothing about who searched is kept: only the (anonymised) words and counts.
 * <p>
 * Recording is best effort and in the background: a search never fails or waits because
 * of the statistics.
 */
@Component
public class SearchAnalytics implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SearchAnalytics.class);

	static final int KEEP_DAYS = 31;

	/** The "site" of platform-wide statistics (site codes cannot start with _). */
	static final String PLATFORM = "_all";

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final StringRedisTemplate redis;

	private final String prefix;

	private final Clock clock;

	static final int QUEUE = 10_000;

	private final ThreadPoolExecutor writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(QUEUE), r -> {
				Thread thread = new Thread(r, "search-statistics");
				thread.setDaemon(true);
				return thread;
			}, new ThreadPoolExecutor.AbortPolicy());

	public SearchAnalytics(StringRedisTemplate redis, GovsiteProperties properties) {
		this.redis = redis;
		this.prefix = properties.redis().keyPrefix() + "search:queries:";
		this.clock = Clock.system(CHINA);
	}

	/**
	 * Counts one search in the background: under the site it was made on (if any) and
	 * platform-wide. When Redis is slow and {@value #QUEUE} counts wait, further ones are
	 * dropped rather than queued without bound: statistics may lose a little, searches
	 * never wait.
	 */
	public void record(String siteCode, String query, long total) {
		try {
			this.writer.execute(() -> recordNow(siteCode, query, total));
		}
		catch (RejectedExecutionException ex) {
			log.debug("Search statistics queue full; one query not counted");
		}
	}

	/** Counts one search now (what {@link #record} does in the background). */
	void recordNow(String siteCode, String query, long total) {
		String words = QueryText.normalise(query);
		if (words.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		List<String> keys = new ArrayList<>(4);
		keys.add(key(Kind.HOT, PLATFORM, today));
		if (total == 0) {
			keys.add(key(Kind.ZERO, PLATFORM, today));
		}
		if (siteCode != null) {
			keys.add(key(Kind.HOT, siteCode, today));
			if (total == 0) {
				keys.add(key(Kind.ZERO, siteCode, today));
			}
		}
		try {
			// One round trip for all counters: the statistics must not slow the search.
			this.redis.executePipelined(new SessionCallback<Object>() {
				@Override
				@SuppressWarnings("unchecked")
				public <K, V> Object execute(RedisOperations<K, V> operations) {
					RedisOperations<String, String> redis = (RedisOperations<String, String>) operations;
					for (String key : keys) {
						redis.opsForZSet().incrementScore(key, words, 1);
						redis.expire(key, Duration.ofDays(KEEP_DAYS + 1));
					}
					return null;
				}
			});
		}
		catch (RuntimeException ex) {
			log.warn("Search statistics not recorded: {}", ex.toString());
		}
	}

	/**
	 * The top queries of the last {@code days} days (today included).
	 * @param siteCode a site, or {@code null} for the whole platform
	 */
	public Report report(String siteCode, int days, int limit) {
		String owner = (siteCode != null) ? siteCode : PLATFORM;
		return new Report(owner, days, top(Kind.HOT, owner, days, limit), top(Kind.ZERO, owner, days, limit));
	}

	@Override
	public void destroy() {
		this.writer.shutdown();
	}

	private List<QueryCount> top(Kind kind, String owner, int days, int limit) {
		LocalDate today = LocalDate.now(this.clock);
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < days; i++) {
			keys.add(key(kind, owner, today.minusDays(i)));
		}
		// Summed in Redis (ZUNION, no temporary key), best first.
		Set<TypedTuple<String>> merged = this.redis.opsForZSet()
			.unionWithScores(keys.get(0), keys.subList(1, keys.size()));
		if (merged == null) {
			return List.of();
		}
		return merged.stream()
			.filter(t -> t.getValue() != null && t.getScore() != null)
			.map(t -> new QueryCount(t.getValue(), t.getScore().longValue()))
			.sorted((a, b) -> (a.count() != b.count()) ? Long.compare(b.count(), a.count())
					: a.query().compareTo(b.query()))
			.limit(limit)
			.toList();
	}

	private String key(Kind kind, String owner, LocalDate day) {
		return this.prefix + kind.name().toLowerCase() + ":" + owner + ":" + DAY.format(day);
	}

	enum Kind {

		HOT, ZERO;

	}

	/** One query and how often it was searched. */
	public record QueryCount(String query, long count) {
	}

	/**
	 * @param scope a site code, or {@value #PLATFORM} for the whole platform
	 * @param zeroResults queries that found nothing: content to write, synonyms to add
	 */
	public record Report(String scope, int days, List<QueryCount> hot, List<QueryCount> zeroResults) {
	}

}
