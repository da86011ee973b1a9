package cn.govsite.gateway.site;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalSiteCacheTest {

	private final AtomicLong now = new AtomicLong();

	private final LocalSiteCache cache = new LocalSiteCache(Duration.ofSeconds(5), 3, this.now::get);

	private static final SiteInfo SITE = new SiteInfo(7L, "jyj", "示范市教育局", "DEPARTMENT", 1L, "jyj.govsite.localhost",
			"ONLINE", null, null, null);

	@Test
	void answersFoundAndMissingSitesUntilTheyExpire() {
		this.cache.put("host:jyj.govsite.localhost", Optional.of(SITE));
		this.cache.put("host:nowhere", Optional.empty());

		assertThat(this.cache.get("host:jyj.govsite.localhost")).contains(SITE);
		assertThat(this.cache.get("host:nowhere")).isEmpty();
		assertThat(this.cache.get("host:other")).isNull();

		this.now.addAndGet(Duration.ofSeconds(5).toNanos());
		assertThat(this.cache.get("host:jyj.govsite.localhost")).isNull();
		assertThat(this.cache.get("host:nowhere")).isNull();
	}

	@Test
	void evictionTakesEffectAtOnce() {
		this.cache.put("host:a", Optional.of(SITE));
		this.cache.put("code:jyj", Optional.of(SITE));
		this.cache.evict("host:a", "code:jyj", "host:never-cached");
		assertThat(this.cache.get("host:a")).isNull();
		assertThat(this.cache.get("code:jyj")).isNull();
	}

	@Test
	void staysBoundedByStartingOverWhenFull() {
		for (int i = 0; i < 10; i++) {
			this.cache.put("host:" + i, Optional.of(SITE));
			assertThat(this.cache.size()).isLessThanOrEqualTo(3);
		}
		assertThat(this.cache.get("host:9")).contains(SITE);
	}

	@Test
	void aZeroTimeToLiveKeepsNothing() {
		LocalSiteCache off = new LocalSiteCache(Duration.ZERO, 3, this.now::get);
		off.put("host:a", Optional.of(SITE));
		assertThat(off.get("host:a")).isNull();
	}

}
