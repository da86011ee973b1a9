package cn.govsite.content.publishing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import cn.govsite.common.event.Outbox;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.site.SiteDirectory;
import cn.govsite.content.site.SiteFacts;
import cn.govsite.content.template.TemplateSetChanged;

/**
 * 全站重新发布 — renders every page of a site in the background: after a template change, a
 * change of the navigation, or on a site admin's request. The job renders a fixed list of
 * pages in batches, each batch in a transaction holding the site's lock (so an editor's
 * publication never interleaves with it), pausing between batches (throttling), and
 * records its progress; a job whose runner stopped is resumed by the next poll of any
 * replica from where it got to. Rendering the same page twice writes the same bytes, so
 * resuming is safe.
 */
@Component
class SiteRepublisher {

	private static final Logger log = LoggerFactory.getLogger(SiteRepublisher.class);

	private final JdbcTemplate jdbc;

	private final RenderJobs jobs;

	private final RenderJobMapper jobRows;

	private final SiteDirectory sites;

	private final SitePages pages;

	private final PageStore store;

	private final PublishedFiles files;

	private final SiteRenderStates renderStates;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final PublishingProperties properties;

	SiteRepublisher(JdbcTemplate jdbc, RenderJobs jobs, RenderJobMapper jobRows, SiteDirectory sites, SitePages pages,
			PageStore store, PublishedFiles files, SiteRenderStates renderStates, Outbox outbox,
			TransactionTemplate transactions, PublishingProperties properties) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.jobRows = jobRows;
		this.sites = sites;
		this.pages = pages;
		this.store = store;
		this.files = files;
		this.renderStates = renderStates;
		this.outbox = outbox;
		this.transactions = transactions;
		this.properties = properties;
	}

	/** A template change re-renders the whole site once its transaction committed. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void templateChanged(TemplateSetChanged change) {
		TenantContext.runAs(change.site(),
				() -> this.jobs.queue(RenderJob.Kind.REPUBLISH, "template " + change.template().id(), change.by()));
	}

	@Scheduled(fixedDelayString = "${govsite.content.publishing.job-poll-interval:2s}",
			initialDelayString = "${govsite.content.publishing.job-poll-interval:2s}")
	void runWaiting() {
		for (Waiting waiting : waiting()) {
			try {
				TenantContext.runAs(waiting.site(), () -> run(waiting.jobId()));
			}
			catch (RuntimeException ex) {
				log.warn("Render job {} of site {} failed: {}", waiting.jobId(), waiting.site().code(), ex.toString());
			}
		}
	}

	/** Queued or stale republish jobs of every site (plain JDBC: a read across sites). */
	List<Waiting> waiting() {
		Timestamp stale = Timestamp.from(Instant.now().minus(this.properties.jobStaleAfter()));
		return this.jdbc
			.query("SELECT j.id, j.site_id, p.code FROM render_job j JOIN site_profile p ON p.site_id = j.site_id "
					+ "WHERE j.kind = 'REPUBLISH' AND (j.state = 'QUEUED' OR (j.state = 'RUNNING' AND j.heartbeat_at < ?)) "
					+ "ORDER BY j.id LIMIT 10",
					(rs, row) -> new Waiting(rs.getLong(1), new SiteRef(rs.getLong(2), rs.getString(3))), stale);
	}

	/** Runs (or resumes) one job of the current site, if this runner can claim it. */
	void run(long jobId) {
		RenderJob job = this.jobRows.selectById(jobId);
		if (job == null || !this.jobs.claim(job, Instant.now().minus(this.properties.jobStaleAfter()))) {
			return;
		}
		SiteRef site = TenantContext.require();
		try {
			SiteFacts facts = this.sites.require(site);
			SitePages.Context context = this.pages.context(facts);
			List<PageRef> plan = this.pages.all(context);
			int done = Math.min(job.getDone(), plan.size());
			int written = job.getWritten();
			int batch = Math.max(1, this.properties.republishBatch());
			while (done < plan.size()) {
				List<PageRef> slice = plan.subList(done, Math.min(plan.size(), done + batch));
				int wrote = this.transactions.execute(status -> {
					this.sites.lockCurrent();
					List<RenderedPage> rendered = new ArrayList<>();
					for (PageRef ref : slice) {
						Optional<RenderedPage> page = this.pages.render(context, ref);
						if (page.isPresent()) {
							this.files.remember(page.get(), Instant.now(), job.getId());
							rendered.add(page.get());
						}
					}
					this.store.putAll(rendered);
					return rendered.size();
				});
				done += slice.size();
				written += wrote;
				this.jobs.progress(job, plan.size(), done, written);
				pause();
			}
			int total = plan.size();
			int pagesWritten = written;
			this.transactions.executeWithoutResult(status -> {
				this.renderStates.rendered(context);
				this.jobs.finish(job, total, pagesWritten);
				this.outbox.record(SitePublished.TYPE, site,
						new SitePublished(site.id(), site.code(), job.getId(), total, pagesWritten));
			});
			log.info("Republished site {}: {} pages (job {})", site.code(), total, job.getId());
		}
		catch (RuntimeException ex) {
			this.jobs.fail(job, ex.getMessage());
			throw ex;
		}
	}

	private void pause() {
		long millis = this.properties.republishPause().toMillis();
		if (millis > 0) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Republish interrupted", ex);
			}
		}
	}

	record Waiting(long jobId, SiteRef site) {
	}

}
