package cn.govsite.gateway.site;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The replica's own short-lived copy of site look-ups, in front of the shared Redis
 * cache: a page request then resolves its host without a network round trip. Entries live
 * for a few seconds, so a change that another replica's evictor handled reaches this one
 * within that time; the evictor on this replica removes them at once. Bounded: past the
 * maximum it starts over empty rather than grow (1,000 sites take 2,000 entries at most).
 */
final class LocalSiteCache {

	private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

	private final long ttlNanos;

	private final int maxEntries;

	private final LongSupplier nanoTime;

	LocalSiteCache(Duration ttl, int maxEntries, LongSupplier nanoTime) {
		this.ttlNanos = ttl.toNanos();
		this.maxEntries = maxEntries;
		this.nanoTime = nanoTime;
	}

	/**
	 * The cached answer for the key: a site, "no such site" (an empty optional), or
	 * {@code null} when nothing fresh is cached.
	 */
	Optional<SiteInfo> get(String key) {
		Entry entry = this.entries.get(key);
		if (entry == null) {
			return null;
		}
		if (this.nanoTime.getAsLong() - entry.storedAt() >= this.ttlNanos) {
			this.entries.remove(key, entry);
			return null;
		}
		return entry.site();
	}

	void put(String key, Optional<SiteInfo> site) {
		if (this.ttlNanos <= 0) {
			return;
		}
		if (this.entries.size() >= this.maxEntries) {
			this.entries.clear();
		}
		this.entries.put(key, new Entry(site, this.nanoTime.getAsLong()));
	}

	void evict(String... keys) {
		for (String key : keys) {
			this.entries.remove(key);
		}
	}

	int size() {
		return this.entries.size();
	}

	private record Entry(Optional<SiteInfo> site, long storedAt) {
	}

}
