package cn.govsite.content.migration;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.site.SiteDirectory;
import cn.govsite.content.site.SiteFacts;

/**
 * Runs queued migration jobs in the background, one at a time per replica: a job is
 * claimed by a conditional update (so replicas never share one), its progress is its
 * heartbeat, and a job whose runner died is claimed again once stale and continues from
 * its ledger. At the end the site's redirects are written again as a whole and the site
 * is republished once.
 */
@Component
class MigrationRunner {

	private static final Logger log = LoggerFactory.getLogger(MigrationRunner.class);

	private final MigrationJobs jobs;

	private final JdbcTemplate jdbc;

	private final SiteDirectory sites;

	private final SiteTarget.Services services;

	private final MigrationProperties properties;

	private final ExecutorService worker = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("migration-", 0).daemon().factory());

	private final AtomicBoolean busy = new AtomicBoolean();

	MigrationRunner(MigrationJobs jobs, JdbcTemplate jdbc, SiteDirectory sites, SiteTarget.Services services,
			MigrationProperties properties) {
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.sites = sites;
		this.services = services;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${govsite.content.migration.poll-interval:2s}",
			initialDelayString = "${govsite.content.migration.poll-interval:2s}")
	void poll() {
		if (!this.busy.compareAndSet(false, true)) {
			return;
		}
		try {
			Instant staleBefore = Instant.now().minus(this.properties.staleAfter());
			for (MigrationJobs.Waiting waiting : this.jobs.waiting(staleBefore)) {
				if (this.jobs.claim(waiting.site(), waiting.jobId(), staleBefore)) {
					this.worker.submit(() -> {
						try {
							TenantContext.runAs(waiting.site(), () -> execute(waiting.site(), waiting.jobId()));
						}
						finally {
							this.busy.set(false);
						}
					});
					return;
				}
			}
			this.busy.set(false);
		}
		catch (RuntimeException ex) {
			this.busy.set(false);
			throw ex;
		}
	}

	private void execute(SiteRef site, long jobId) {
		MigrationJob job = this.jobs.get(site, jobId);
		long began = System.nanoTime();
		log.info("Migration job {} of site {} started", jobId, site.code());
		try {
			MigrationMapping mapping = MappingFile.parse(job.mapping());
			SiteFacts facts = this.sites.require(site);
			JdbcLedger ledger = new JdbcLedger(this.jdbc, site.id(), jobId, mapping.maxPages());
			MigrationRun run = new MigrationRun(mapping, ledger, new SiteTarget(this.services, facts, job.createdBy()),
					new OldSiteFetcher(this.properties), this.properties.concurrency(), () -> {
						this.jobs.progress(site, jobId, this.jobs.count(site, jobId));
						pause();
					});
			if (ledger.next(1).isEmpty() && this.jobs.count(site, jobId).visited() == 0) {
				run.seed();
			}
			boolean ranOut = run.run();
			MigrationJob.Counts counts = this.jobs.count(site, jobId);
			this.jobs.progress(site, jobId, counts);
			this.services.redirects().putAll(site.code(), redirectsOf(site));
			if (counts.imported() + counts.archived() > 0) {
				this.services.published().republish("migration " + jobId, job.createdBy());
			}
			if (ranOut) {
				this.jobs.end(site, jobId, MigrationState.DONE, null);
			}
			log.info("Migration job {} of site {} {} in {} s: {}", jobId, site.code(), ranOut ? "done" : "stopped",
					(System.nanoTime() - began) / 1_000_000_000, counts);
		}
		catch (RuntimeException ex) {
			log.warn("Migration job {} of site {} failed", jobId, site.code(), ex);
			this.jobs.end(site, jobId, MigrationState.FAILED, String.valueOf(ex.getMessage()));
		}
	}

	/**
	 * Every old path of the site that now lives elsewhere, from the ledgers of all its
	 * jobs.
	 */
	private Map<String, String> redirectsOf(SiteRef site) {
		Map<String, String> redirects = new HashMap<>();
		this.jdbc.query(
				"SELECT url, new_path FROM migration_url WHERE site_id = ? AND kind <> 'ASSET' AND new_path IS NOT NULL "
						+ "ORDER BY id",
				rs -> {
					redirects.put(MigrationRun.oldPath(rs.getString(1)), rs.getString(2));
				}, site.id());
		return redirects;
	}

	private void pause() {
		long millis = this.properties.pause().toMillis();
		if (millis > 0) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Migration interrupted", ex);
			}
		}
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

}
