package cn.govsite.content.bulkimport;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.article.ArticleService;
import cn.govsite.content.column.ColumnService;
import cn.govsite.content.column.SiteColumn;

/**
 * 批量导入 — structured items into one column of the request's site. The whole file is
 * checked first (rows, typed fields, 质检, library media): one bad row refuses the file
 * with every problem listed and nothing written. A valid file is stored as a queued run
 * and written in the background in batches through {@link ItemWriter}, published or
 * queued for review as the column's guarantee method says. The import key (the file's
 * SHA-256 unless given) makes a re-sent file answer the first run. A run is claimed with
 * a token and beats once per batch; one abandoned by a stopped replica is claimed again
 * by an idle one and continues from its waiting rows.
 */
@Service
public class BulkImports {

	private static final Logger log = LoggerFactory.getLogger(BulkImports.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ArticleService articles;

	private final ColumnService columns;

	private final ItemWriter writer;

	private final ImportRuns runs;

	private final TransactionTemplate transactions;

	private final BulkImportProperties properties;

	private final ExecutorService runner = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("bulk-import-", 0).daemon().factory());

	/**
	 * Imports of this replica waiting for or on the runner: it resumes others' only when
	 * idle.
	 */
	private final AtomicInteger active = new AtomicInteger();

	BulkImports(ArticleService articles, ColumnService columns, ItemWriter writer, ImportRuns runs,
			TransactionTemplate transactions, BulkImportProperties properties) {
		this.articles = articles;
		this.columns = columns;
		this.writer = writer;
		this.runs = runs;
		this.transactions = transactions;
		this.properties = properties;
	}

	/** What a valid file holds, for a dry run and the start answer. */
	public record Checked(int rows, String importKey, boolean publishesDirectly, boolean repeated, ImportRun run) {
	}

	/**
	 * Checks the file and, unless {@code dryRun}, queues its import. A key already used
	 * on the site answers its run without reading the file again.
	 */
	public Checked start(GovsitePrincipal principal, long columnId, String formatName, String fileName, byte[] file,
			String importKey, boolean dryRun) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, Role.EDITOR, Role.SITE_ADMIN);
		SiteColumn column = requireColumn(columnId);
		if (file == null || file.length == 0) {
			throw GovsiteException.invalid("file",
					Message.of("请上传导入文件（表单字段 file）", "Upload the file (form field file)"));
		}
		if (file.length > this.properties.maxFileSize().toBytes()) {
			throw new GovsiteException(ProblemType.PAYLOAD_TOO_LARGE,
					Message.of("导入文件不能超过 " + this.properties.maxFileSize().toMegabytes() + " MB",
							"An import file is at most " + this.properties.maxFileSize().toMegabytes() + " MB"));
		}
		ImportFormat format = ImportFormat.of(formatName, fileName)
			.orElseThrow(() -> GovsiteException.invalid("format",
					Message.of("格式须为 CSV、JSON 或 XLSX", "The format must be CSV, JSON or XLSX")));
		String key = (importKey != null && !importKey.isBlank()) ? importKey.strip()
				: "sha256:" + columnId + ":" + sha256(file);
		if (key.length() > 100) {
			throw GovsiteException.invalid("importKey",
					Message.of("导入键不能超过 100 字符", "The import key is at most 100 characters"));
		}
		boolean direct = column.getMethod() != null && column.getMethod().publishesWithoutReview();
		var existing = this.runs.findByKey(site.id(), key);
		if (existing.isPresent()) {
			return new Checked(existing.get().total(), key, direct, true, existing.get());
		}
		List<ImportItem> items = new ArrayList<>();
		List<ArticleService.Prepared> prepared = check(columnId, format, file, principal.username(), items);
		if (dryRun) {
			return new Checked(items.size(), key, direct, false, null);
		}
		Instant now = this.articles.now();
		Long id;
		try {
			id = this.transactions.execute(status -> {
				long created = this.runs.create(site.id(), columnId, key, format, items.size(), principal.username(),
						now);
				this.runs.addRows(created, items.stream().map(JSON::writeValueAsString).toList());
				return created;
			});
		}
		catch (DuplicateKeyException ex) {
			// The same file sent twice at once: the other request queued it.
			ImportRun first = this.runs.findByKey(site.id(), key).orElseThrow(() -> ex);
			return new Checked(first.total(), key, direct, true, first);
		}
		try {
			submit(site, () -> {
				String token = UUID.randomUUID().toString();
				Instant at = this.articles.now();
				if (this.runs.claim(id, token, at.minus(this.properties.staleAfter()), at)) {
					write(id, column, token, prepared);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			this.runs.move(id, ImportState.FAILED, "The service is shutting down", now);
		}
		return new Checked(items.size(), key, direct, false, get(id));
	}

	/**
	 * Every row read and prepared as the editor would; all problems, or the items (added
	 * to {@code items}) and their prepared form, in file order.
	 */
	private List<ArticleService.Prepared> check(long columnId, ImportFormat format, byte[] file, String by,
			List<ImportItem> items) {
		ImportRows.Result read = ImportRows.read(ImportTable.read(format, file, this.properties.maxRows()));
		List<FieldViolation> problems = new ArrayList<>(read.problems());
		List<ArticleService.Prepared> all = new ArrayList<>(read.items().size());
		for (ImportItem item : read.items()) {
			try {
				ArticleService.Prepared prepared = this.articles.prepare(columnId, item.content(), by);
				all.add(prepared);
				if (prepared.report().blocked()) {
					prepared.report()
						.blocking()
						.forEach(f -> problems.add(new FieldViolation("rows[" + item.row() + "]." + f.field(),
								Message.of("[" + f.ruleId() + "] “" + f.matched() + "”：" + f.explanationZh(),
										"[" + f.ruleId() + "] " + f.explanationEn()))));
				}
			}
			catch (GovsiteException ex) {
				if (ex.violations().isEmpty()) {
					problems.add(new FieldViolation("rows[" + item.row() + "]", ex.detail()));
				}
				ex.violations()
					.forEach(v -> problems
						.add(new FieldViolation("rows[" + item.row() + "]." + v.field(), v.message())));
			}
		}
		if (!problems.isEmpty()) {
			List<FieldViolation> listed = problems.subList(0, Math.min(problems.size(), 1000));
			throw new GovsiteException(ProblemType.VALIDATION, Message.of("导入文件有 " + problems.size() + " 处错误，未导入任何内容",
					"The file has " + problems.size() + " problem(s); nothing was imported"), listed);
		}
		items.addAll(read.items());
		return all;
	}

	/**
	 * Takes one import abandoned by a stopped replica (no heartbeat for
	 * {@code stale-after}) and writes its remaining rows, when this replica has no import
	 * of its own to write; true when it took one.
	 */
	@Scheduled(fixedDelayString = "${govsite.content.bulk-import.resume-interval:30s}",
			initialDelayString = "${govsite.content.bulk-import.resume-interval:30s}")
	public boolean resumeAbandoned() {
		if (this.active.get() > 0) {
			return false;
		}
		Instant now = this.articles.now();
		Instant staleBefore = now.minus(this.properties.staleAfter());
		for (ImportRuns.Abandoned run : this.runs.abandoned(staleBefore, 5)) {
			String token = UUID.randomUUID().toString();
			if (this.runs.claim(run.importId(), token, staleBefore, now)) {
				log.info("Bulk import {} of site {} resumed: the replica running it stopped", run.importId(),
						run.site().code());
				submit(run.site(),
						() -> this.columns.find(run.columnId())
							.ifPresentOrElse(column -> write(run.importId(), column, token, List.of()), () -> this.runs
								.move(run.importId(), ImportState.FAILED, "The column is gone", this.articles.now())));
				return true;
			}
		}
		return false;
	}

	/** Runs a task on the import thread as the site, counted while it waits or runs. */
	private void submit(SiteRef site, Runnable task) {
		this.active.incrementAndGet();
		try {
			this.runner.execute(() -> {
				try {
					TenantContext.runAs(site, task);
				}
				finally {
					this.active.decrementAndGet();
				}
			});
		}
		catch (RejectedExecutionException ex) {
			this.active.decrementAndGet();
			throw ex;
		}
	}

	/**
	 * Writes the run's waiting rows batch by batch while this replica's claim holds.
	 * {@code checked} is what the upload's check prepared from the same rows, in file
	 * order: used as is instead of preparing every row a second time (质检 and the media
	 * check were 3-5 s per 500 rows); rows beyond it (a resumed run) are prepared here.
	 */
	private void write(long id, SiteColumn column, String token, List<ArticleService.Prepared> checked) {
		try {
			String by = get(id).createdBy();
			String note = "批量导入 #" + id + " / bulk import";
			List<String> rows;
			int consumed = 0;
			while (!(rows = this.runs.nextRows(id, this.properties.batchSize())).isEmpty()) {
				long started = System.nanoTime();
				int size = rows.size();
				List<ArticleService.Prepared> batch;
				if (consumed + size <= checked.size()) {
					batch = checked.subList(consumed, consumed + size);
				}
				else {
					batch = new ArrayList<>(size);
					for (String row : rows) {
						ImportItem item = JSON.readValue(row, ImportItem.class);
						batch.add(this.articles.prepare(column.getId(), item.content(), by));
					}
				}
				consumed += size;
				long prepared = System.nanoTime();
				this.writer.write(column, batch, by, note, outcome -> {
					if (!this.runs.beat(id, token, this.articles.now())) {
						throw new ClaimLost(id);
					}
					this.runs.written(id, size, outcome.published().size(), outcome.queued().size(),
							this.articles.now());
				});
				log.info("Bulk import {}: {} rows prepared in {} ms, written and published in {} ms", id, size,
						(prepared - started) / 1_000_000, (System.nanoTime() - prepared) / 1_000_000);
			}
			this.runs.move(id, ImportState.DONE, null, this.articles.now());
		}
		catch (ClaimLost ex) {
			log.info("Bulk import {} was taken over by another replica; this one stops", id);
		}
		catch (RuntimeException ex) {
			log.warn("Bulk import {} failed", id, ex);
			this.runs.move(id, ImportState.FAILED, ex.toString(), this.articles.now());
		}
	}

	/** Another replica claimed the run meanwhile (this one was thought stopped). */
	private static final class ClaimLost extends RuntimeException {

		ClaimLost(long id) {
			super("Bulk import " + id + " was claimed by another replica", null, false, false);
		}

	}

	public ImportRun get(GovsitePrincipal principal, long id) {
		SiteAccess.requireSiteRole(principal, TenantContext.require(), Role.EDITOR, Role.SITE_ADMIN, Role.REVIEWER);
		return get(id);
	}

	private ImportRun get(long id) {
		return this.runs.find(TenantContext.require().id(), id)
			.orElseThrow(() -> GovsiteException.notFound("导入任务", "Import", id));
	}

	public List<ImportRun> recent(GovsitePrincipal principal, Long columnId, int limit) {
		SiteAccess.requireSiteRole(principal, TenantContext.require(), Role.EDITOR, Role.SITE_ADMIN, Role.REVIEWER);
		return this.runs.recent(TenantContext.require().id(), columnId, limit);
	}

	private SiteColumn requireColumn(long columnId) {
		SiteColumn column = this.columns.find(columnId)
			.orElseThrow(() -> GovsiteException.invalid("columnId",
					Message.of("栏目不存在于本站点：" + columnId, "No such column on this site: " + columnId)));
		this.articles.requireOpenColumn(columnId);
		return column;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
