package cn.govsite.content.publishing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.govsite.common.event.Outbox;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.site.SiteDirectory;
import cn.govsite.content.site.SiteFacts;

/**
 * Columns change without anything being published (added, renamed, moved): this brings
 * each published site's site map up to date with its column tree, and queues a republish
 * when the navigation (the top level) changed. Sites never published are left alone. Safe
 * on several replicas: each site's check holds the site's lock, so a second one finds
 * nothing changed.
 */
@Component
class ColumnTreeWatch {

	private static final Logger log = LoggerFactory.getLogger(ColumnTreeWatch.class);

	private final JdbcTemplate jdbc;

	private final SiteDirectory sites;

	private final SitePages pages;

	private final SiteRenderStates renderStates;

	private final PublishedFiles files;

	private final PageStore store;

	private final RenderJobs jobs;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	ColumnTreeWatch(JdbcTemplate jdbc, SiteDirectory sites, SitePages pages, SiteRenderStates renderStates,
			PublishedFiles files, PageStore store, RenderJobs jobs, Outbox outbox, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.pages = pages;
		this.renderStates = renderStates;
		this.files = files;
		this.store = store;
		this.jobs = jobs;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${govsite.content.publishing.column-watch-interval:1m}",
			initialDelayString = "${govsite.content.publishing.column-watch-interval:1m}")
	void scheduled() {
		check();
	}

	/** One round over every published site; returns the keys written. */
	List<String> check() {
		List<SiteRef> published = this.jdbc.query(
				"SELECT s.site_id, p.code FROM site_render_state s JOIN site_profile p ON p.site_id = s.site_id",
				(rs, row) -> new SiteRef(rs.getLong(1), rs.getString(2)));
		List<String> written = new ArrayList<>();
		for (SiteRef site : published) {
			try {
				written.addAll(TenantContext.callAs(site, () -> checkSite(site)));
			}
			catch (RuntimeException ex) {
				log.warn("Column tree check of site {} failed: {}", site.code(), ex.toString());
			}
		}
		return written;
	}

	private List<String> checkSite(SiteRef site) {
		SiteFacts facts = this.sites.require(site);
		return this.transactions.execute(status -> {
			this.sites.lockCurrent();
			SitePages.Context context = this.pages.context(facts);
			List<PageRef> changed = this.renderStates.changedPages(context);
			if (changed.isEmpty()) {
				return List.<String>of();
			}
			RenderJob job = this.jobs.begin(RenderJob.Kind.COLUMNS, "column tree changed", "column-watch");
			List<RenderedPage> rendered = new ArrayList<>();
			for (PageRef ref : changed) {
				this.pages.render(context, ref).ifPresent(rendered::add);
			}
			Instant now = Instant.now();
			rendered.forEach(page -> this.files.remember(page, now, job.getId()));
			this.outbox.record(SitePublished.TYPE, site,
					new SitePublished(site.id(), site.code(), job.getId(), rendered.size(), rendered.size()));
			rendered.forEach(this.store::put);
			this.jobs.finish(job, rendered.size(), rendered.size());
			return rendered.stream().map(RenderedPage::objectKey).toList();
		});
	}

}
