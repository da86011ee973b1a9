package cn.govsite.search.reindex;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.search.elasticsearch.ElasticsearchProperties;
import cn.govsite.search.index.ContentIndex;
import cn.govsite.search.index.SearchIndex;

/**
 * 映射升级 — at start, when the alias still points at an index of an older mapping than
 * {@code content-v{n}.json}, rebuilds it from content-service by itself, so a stack made
 * by an older version upgrades without manual steps. One replica does it (a Redis lock
 * held until the reindex ends); searches keep answering from the old index meanwhile. A
 * failed attempt (content-service not up yet) is retried a few times.
 */
@Component
class MappingUpgrade implements ApplicationRunner, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(MappingUpgrade.class);

	static final Duration LOCK_TTL = Duration.ofHours(1);

	static final Duration RETRY_AFTER = Duration.ofSeconds(30);

	static final int ATTEMPTS = 10;

	private final SearchIndex index;

	private final Reindexer reindexer;

	private final StringRedisTemplate redis;

	private final ContentIndex names;

	private final String lockKey;

	private final String owner = UUID.randomUUID().toString();

	private final AtomicInteger attempts = new AtomicInteger();

	private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "mapping-upgrade");
		thread.setDaemon(true);
		return thread;
	});

	MappingUpgrade(SearchIndex index, Reindexer reindexer, StringRedisTemplate redis,
			ElasticsearchProperties elasticsearch, GovsiteProperties properties) {
		this.index = index;
		this.reindexer = reindexer;
		this.redis = redis;
		this.names = ContentIndex.of(elasticsearch.indexPrefix());
		this.lockKey = properties.redis().keyPrefix() + "search:mapping-upgrade";
	}

	@Override
	public void run(ApplicationArguments args) {
		attempt();
	}

	private void attempt() {
		try {
			this.index.ensureReady();
			List<String> outdated = this.index.aliasTargets().stream().filter(this.names::outdated).toList();
			if (outdated.isEmpty()) {
				return;
			}
			Boolean locked = this.redis.opsForValue().setIfAbsent(this.lockKey, this.owner, LOCK_TTL);
			if (!Boolean.TRUE.equals(locked)) {
				log.info("Alias {} points at {} (older mapping); another replica is upgrading it", this.names.alias(),
						outdated);
				return;
			}
			log.info("Alias {} points at {}, older than mapping v{}: reindexing from content-service",
					this.names.alias(), outdated, ContentIndex.CURRENT_VERSION);
			this.reindexer.start(this::finished);
		}
		catch (RuntimeException ex) {
			log.warn("Mapping upgrade not started: {}", ex.getMessage());
			release();
			retryLater();
		}
	}

	private void finished(ReindexJob job) {
		release();
		if (job.state() == ReindexJob.State.DONE) {
			log.info("Mapping upgrade done: alias {} now on {}", this.names.alias(), job.view().targetIndex());
		}
		else {
			retryLater();
		}
	}

	private void release() {
		if (this.owner.equals(this.redis.opsForValue().get(this.lockKey))) {
			this.redis.delete(this.lockKey);
		}
	}

	private void retryLater() {
		if (this.attempts.incrementAndGet() < ATTEMPTS) {
			this.retries.schedule(this::attempt, RETRY_AFTER.toSeconds(), TimeUnit.SECONDS);
		}
		else {
			log.error("Mapping upgrade gave up after {} attempts; start one with POST /admin/reindex", ATTEMPTS);
		}
	}

	@Override
	public void destroy() {
		this.retries.shutdownNow();
	}

}
