package cn.govsite.gateway.page;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageCacheTest {

	private final AtomicLong now = new AtomicLong(1_000);

	private final PageCache cache = new PageCache(3, 400, 60_000, 3_600_000, this.now::get);

	@Test
	void keepsPagesUntilTheirTtl() {
		this.cache.put("a", "a/index.html", page(10), this.cache.generation("a"));
		assertThat(this.cache.get("a/index.html")).isPresent();
		this.now.addAndGet(60_000);
		assertThat(this.cache.get("a/index.html")).isEmpty();
	}

	@Test
	void keepsAnExpiredPageForWhenStorageIsDownUntilTheStaleLimit() {
		this.cache.put("a", "a/index.html", page(10), this.cache.generation("a"));
		this.now.addAndGet(60_000);
		assertThat(this.cache.get("a/index.html")).isEmpty();
		assertThat(this.cache.stale("a/index.html")).isPresent();
		this.now.addAndGet(3_600_000);
		assertThat(this.cache.stale("a/index.html")).isEmpty();
		assertThat(this.cache.size()).isEqualTo(1);
		assertThat(this.cache.get("a/index.html")).isEmpty();
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void aPublishedSiteHasNoStaleCopyLeft() {
		this.cache.put("a", "a/index.html", page(10), this.cache.generation("a"));
		this.now.addAndGet(60_000);
		this.cache.evictSite("a");
		assertThat(this.cache.stale("a/index.html")).isEmpty();
	}

	@Test
	void evictsTheLeastRecentlyUsedBeyondItsBounds() {
		this.cache.put("a", "a/1", page(10), 0);
		this.cache.put("a", "a/2", page(10), 0);
		this.cache.put("a", "a/3", page(10), 0);
		this.cache.get("a/1");
		this.cache.put("a", "a/4", page(10), 0);
		assertThat(this.cache.get("a/2")).isEmpty();
		assertThat(this.cache.get("a/1")).isPresent();
		assertThat(this.cache.size()).isEqualTo(3);

		this.cache.put("b", "b/big", page(100), 0);
		this.cache.put("b", "b/big2", page(100), 0);
		this.cache.put("b", "b/big3", page(100), 0);
		assertThat(this.cache.size()).isLessThanOrEqualTo(3);
		assertThat(this.cache.get("b/big3")).isPresent();
	}

	@Test
	void refusesPagesTooLargeToBeWorthIt() {
		this.cache.put("a", "a/huge", page(101), 0);
		assertThat(this.cache.get("a/huge")).isEmpty();
	}

	@Test
	void evictingASiteForgetsOnlyItsPages() {
		this.cache.put("a", "a/index.html", page(10), 0);
		this.cache.put("ab", "ab/index.html", page(10), 0);
		this.cache.evictSite("a");
		assertThat(this.cache.get("a/index.html")).isEmpty();
		assertThat(this.cache.get("ab/index.html")).isPresent();
	}

	@Test
	void aLoadStartedBeforeAnEvictionIsNotKept() {
		long generation = this.cache.generation("a");
		this.cache.evictSite("a");
		this.cache.put("a", "a/index.html", page(10), generation);
		assertThat(this.cache.get("a/index.html")).isEmpty();
		this.cache.put("a", "a/index.html", page(10), this.cache.generation("a"));
		assertThat(this.cache.get("a/index.html")).isPresent();
	}

	private static PageCache.Page page(int size) {
		return new PageCache.Page(new byte[size], "text/html", "\"e\"");
	}

}
