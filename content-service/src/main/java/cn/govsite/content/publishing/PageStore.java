package cn.govsite.content.publishing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.storage.ObjectStorage;
import cn.govsite.common.storage.StorageProperties;

/**
 * The bucket of published pages. Any failure of object storage becomes a 503 problem, so
 * the publishing transaction around it rolls back.
 */
@Component
class PageStore {

	private static final Logger log = LoggerFactory.getLogger(PageStore.class);

	static final String HTML = "text/html; charset=utf-8";

	private final ObjectStorage storage;

	private final String bucket;

	private final AtomicBoolean bucketReady = new AtomicBoolean();

	/** Objects written since start per site folder: what tests and benchmarks count. */
	private final Map<String, AtomicLong> writes = new ConcurrentHashMap<>();

	private final int concurrency;

	PageStore(ObjectStorage storage, StorageProperties properties, PublishingProperties publishing) {
		this.storage = storage;
		this.bucket = properties.bucket("pages");
		this.concurrency = Math.max(1, publishing.storeConcurrency());
	}

	long writes(String siteCode) {
		AtomicLong count = this.writes.get(siteCode);
		return (count != null) ? count.get() : 0;
	}

	String bucket() {
		return this.bucket;
	}

	void put(RenderedPage page) {
		try {
			// Made on first use rather than at start-up, so the service starts (and reads
			// work) while storage is down.
			if (!this.bucketReady.get()) {
				this.storage.ensureBucket(this.bucket);
				this.bucketReady.set(true);
			}
			this.storage.put(this.bucket, page.objectKey(), page.content(), page.contentType());
			int slash = page.objectKey().indexOf('/');
			String folder = (slash > 0) ? page.objectKey().substring(0, slash) : "";
			this.writes.computeIfAbsent(folder, f -> new AtomicLong()).incrementAndGet();
		}
		catch (RuntimeException ex) {
			log.warn("Could not write {} to bucket {}: {}", page.objectKey(), this.bucket, ex.toString());
			throw new GovsiteException(ProblemType.SERVICE_UNAVAILABLE, Message.of("页面存储暂时不可用，发布未完成，请稍后重试",
					"Page storage is unavailable; nothing was published, try again later"));
		}
	}

	/**
	 * Writes the pages concurrently (object storage latency, not CPU, bounds a batch), at
	 * most {@code storeConcurrency} at once: a bulk import's 500 pages all at once only
	 * queued up in the storage server; returns when all are written, or fails with the
	 * first failure's 503 problem.
	 */
	void putAll(List<RenderedPage> pages) {
		if (pages.size() <= 1) {
			pages.forEach(this::put);
			return;
		}
		try (ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor()) {
			Semaphore slots = new Semaphore(this.concurrency);
			List<Future<?>> writes = pages.stream().<Future<?>>map(page -> writers.submit(() -> {
				slots.acquireUninterruptibly();
				try {
					put(page);
				}
				finally {
					slots.release();
				}
			})).toList();
			for (Future<?> write : writes) {
				try {
					write.get();
				}
				catch (ExecutionException ex) {
					if (ex.getCause() instanceof RuntimeException failure) {
						throw failure;
					}
					throw new IllegalStateException(ex.getCause());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while writing pages", ex);
				}
			}
		}
	}

	/** The stored bytes of a page, or empty when it is missing. */
	Optional<byte[]> read(String objectKey) {
		return this.storage.get(this.bucket, objectKey).map(ObjectStorage.StoredObject::content);
	}

	/** Removes a page; a failure is a 503 problem so the withdrawal rolls back. */
	void delete(String objectKey) {
		try {
			this.storage.delete(this.bucket, objectKey);
		}
		catch (RuntimeException ex) {
			log.warn("Could not delete {} from bucket {}: {}", objectKey, this.bucket, ex.toString());
			throw new GovsiteException(ProblemType.SERVICE_UNAVAILABLE, Message.of("页面存储暂时不可用，撤稿未完成，请稍后重试",
					"Page storage is unavailable; nothing was withdrawn, try again later"));
		}
	}

}
