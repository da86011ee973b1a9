package cn.govsite.search.reindex;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.search.elasticsearch.ElasticsearchProperties;
import cn.govsite.search.index.ContentIndex;
import cn.govsite.search.index.SearchIndex;
import cn.govsite.search.index.SearchIndex.VersionedDocument;

/**
 * 全量重建索引 — a full reindex with no downtime: build a new index from the source while
 * searches keep using the old one and live events are written to both, then swap the
 * alias in one atomic step. Versions are kept, so an event applied during the copy is
 * never overwritten by the older copy of the same item.
 * <p>
 * One reindex at a time per replica; jobs are kept in memory (a restart loses the
 * progress view, never the index: the alias only moves when a copy is complete).
 */
@Service
public class Reindexer implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Reindexer.class);

	static final int PAGE_SIZE = 500;

	private final SearchIndex index;

	private final ContentSource source;

	private final ContentIndex names;

	private final Clock clock;

	private final Map<String, ReindexJob> jobs = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "reindex");
		thread.setDaemon(true);
		return thread;
	});

	private ReindexJob current;

	public Reindexer(SearchIndex index, ContentSource source, ElasticsearchProperties properties) {
		this.index = index;
		this.source = source;
		this.names = ContentIndex.of(properties.indexPrefix());
		this.clock = Clock.systemUTC();
	}

	/**
	 * Starts a reindex in the background.
	 * @throws GovsiteException 409 while another one runs
	 */
	public ReindexJob start() {
		return start(job -> {
		});
	}

	/**
	 * Starts a reindex in the background; {@code whenFinished} runs once it is done or
	 * failed.
	 * @throws GovsiteException 409 while another one runs
	 */
	public synchronized ReindexJob start(Consumer<ReindexJob> whenFinished) {
		if (this.current != null && this.current.running()) {
			throw new GovsiteException(ProblemType.CONFLICT, Message.of("已有重建索引任务在运行：" + this.current.id(),
					"A reindex is already running: " + this.current.id()));
		}
		this.index.ensureReady();
		ReindexJob job = new ReindexJob(UUID.randomUUID().toString(), this.names.rebuiltIndex(this.clock.instant()),
				this.clock.instant());
		this.index.createIndex(job.view().targetIndex());
		this.index.alsoWriteTo(job.view().targetIndex());
		this.jobs.put(job.id(), job);
		this.current = job;
		this.executor.execute(() -> {
			try {
				run(job);
			}
			finally {
				whenFinished.accept(job);
			}
		});
		return job;
	}

	public Optional<ReindexJob> job(String id) {
		return Optional.ofNullable(this.jobs.get(id));
	}

	private void run(ReindexJob job) {
		String target = job.view().targetIndex();
		try (ContentSource.Cursor cursor = this.source.open()) {
			job.total(cursor.total());
			List<VersionedDocument> page;
			while (!(page = cursor.next(PAGE_SIZE)).isEmpty()) {
				this.index.copy(target, page);
				job.copied(page.size());
			}
			job.swapping();
			List<String> replaced = this.index.swapAlias(target);
			job.done(replaced, this.clock.instant());
			log.info("Reindex {} done: {} documents into {}", job.id(), job.view().copied(), target);
		}
		catch (RuntimeException ex) {
			this.index.alsoWriteTo(null);
			log.error("Reindex {} failed; the alias still points at the old index", job.id(), ex);
			job.failed(ex.getMessage(), this.clock.instant());
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
