package cn.govsite.gateway.page;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The gateway's memory of served pages: least recently used first out, bounded by count
 * and bytes, each entry for at most a TTL. Publishing evicts a whole site; a load that
 * started before an eviction is not stored (per-site generations), so a slow read cannot
 * put an old page back. A page past its TTL is not served as fresh but kept (until it is
 * pushed out, its site evicted, or {@code maxStaleMillis} passed) so that it can still be
 * served while object storage is down (stale-if-error, RFC 5861).
 */
public final class PageCache {

	private final int maxEntries;

	private final long maxBytes;

	private final long ttlMillis;

	private final long maxStaleMillis;

	private final LongSupplier clock;

	private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);

	private final Map<String, Long> generations = new HashMap<>();

	private long bytes;

	public PageCache(int maxEntries, long maxBytes, long ttlMillis, long maxStaleMillis, LongSupplier clock) {
		this.maxEntries = maxEntries;
		this.maxBytes = maxBytes;
		this.ttlMillis = ttlMillis;
		this.maxStaleMillis = maxStaleMillis;
		this.clock = clock;
	}

	/**
	 * A page as served: bytes, content type, entity tag, and the gzip-compressed bytes
	 * when they are worth sending ({@link PageEncoding}), computed once when the page is
	 * loaded rather than per request.
	 */
	public record Page(byte[] content, String contentType, String etag, byte[] gzipped) {

		public Page(byte[] content, String contentType, String etag) {
			this(content, contentType, etag, null);
		}

		/** Memory held: both encodings. */
		long weight() {
			return this.content.length + ((this.gzipped != null) ? this.gzipped.length : 0);
		}

	}

	private record Entry(Page page, long expiresAt) {
	}

	public synchronized Optional<Page> get(String key) {
		Entry entry = this.entries.get(key);
		if (entry == null) {
			return Optional.empty();
		}
		if (entry.expiresAt() <= this.clock.getAsLong()) {
			if (entry.expiresAt() + this.maxStaleMillis <= this.clock.getAsLong()) {
				remove(key);
			}
			return Optional.empty();
		}
		return Optional.of(entry.page());
	}

	/**
	 * The last copy of a page even past its TTL, for when storage cannot be asked; empty
	 * when the site was evicted since or the copy is older than the stale limit.
	 */
	public synchronized Optional<Page> stale(String key) {
		Entry entry = this.entries.get(key);
		if (entry == null || entry.expiresAt() + this.maxStaleMillis <= this.clock.getAsLong()) {
			return Optional.empty();
		}
		return Optional.of(entry.page());
	}

	/** Taken before reading storage; hand it back to {@link #put}. */
	public synchronized long generation(String siteCode) {
		return this.generations.getOrDefault(siteCode, 0L);
	}

	/**
	 * Keeps the page unless the site was evicted since {@code generation} or the page is
	 * too large to be worth a slot.
	 */
	public synchronized void put(String siteCode, String key, Page page, long generation) {
		if (generation != generation(siteCode) || page.weight() > this.maxBytes / 4) {
			return;
		}
		remove(key);
		this.entries.put(key, new Entry(page, this.clock.getAsLong() + this.ttlMillis));
		this.bytes += page.weight();
		Iterator<Map.Entry<String, Entry>> eldest = this.entries.entrySet().iterator();
		while ((this.entries.size() > this.maxEntries || this.bytes > this.maxBytes) && eldest.hasNext()) {
			this.bytes -= eldest.next().getValue().page().weight();
			eldest.remove();
		}
	}

	/** Forgets every page of the site (keys start with {@code {siteCode}/}). */
	public synchronized void evictSite(String siteCode) {
		this.generations.merge(siteCode, 1L, Long::sum);
		String prefix = siteCode + "/";
		Iterator<Map.Entry<String, Entry>> all = this.entries.entrySet().iterator();
		while (all.hasNext()) {
			Map.Entry<String, Entry> entry = all.next();
			if (entry.getKey().startsWith(prefix)) {
				this.bytes -= entry.getValue().page().weight();
				all.remove();
			}
		}
	}

	public synchronized int size() {
		return this.entries.size();
	}

	private void remove(String key) {
		Entry removed = this.entries.remove(key);
		if (removed != null) {
			this.bytes -= removed.page().weight();
		}
	}

}
