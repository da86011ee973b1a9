package cn.govsite.content.publishing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
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
 * The 政民互动 page changes without any article being published: a letter is published or
 * taken off, a survey opens or closes, and the month's figures move with every message.
 * This renders each published site's page again and writes it only when it differs from
 * the file on record, so the site shows the letters and figures within one interval. Safe
 * on several replicas: each site's round holds the site's lock.
 */
@Component
class InteractionPageWatch {

	private static final Logger log = LoggerFactory.getLogger(InteractionPageWatch.class);

	private final JdbcTemplate jdbc;

	private final SiteDirectory sites;

	private final SitePages pages;

	private final PublishedFiles files;

	private final PublishedFileMapper recorded;

	private final PageStore store;

	private final RenderJobs jobs;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	InteractionPageWatch(JdbcTemplate jdbc, SiteDirectory sites, SitePages pages, PublishedFiles files,
			PublishedFileMapper recorded, PageStore store, RenderJobs jobs, Outbox outbox,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.pages = pages;
		this.files = files;
		this.recorded = recorded;
		this.store = store;
		this.jobs = jobs;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${govsite.content.publishing.interaction-watch-interval:2m}",
			initialDelayString = "${govsite.content.publishing.interaction-watch-interval:2m}")
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
				TenantContext.callAs(site, () -> checkSite(site)).ifPresent(written::add);
			}
			catch (RuntimeException ex) {
				log.warn("Interaction page check of site {} failed: {}", site.code(), ex.toString());
			}
		}
		return written;
	}

	private Optional<String> checkSite(SiteRef site) {
		SiteFacts facts = this.sites.require(site);
		return this.transactions.execute(status -> {
			this.sites.lockCurrent();
			SitePages.Context context = this.pages.context(facts);
			Optional<RenderedPage> rendered = this.pages.render(context, PageRef.of(PageRef.Kind.INTERACTION));
			if (rendered.isEmpty() || rendered.get().sha256().equals(recordedHash(rendered.get().objectKey()))) {
				return Optional.<String>empty();
			}
			RenderedPage page = rendered.get();
			RenderJob job = this.jobs.begin(RenderJob.Kind.INTERACTION, "interaction page changed",
					"interaction-watch");
			this.files.remember(page, Instant.now(), job.getId());
			this.outbox.record(SitePublished.TYPE, site, new SitePublished(site.id(), site.code(), job.getId(), 1, 1));
			this.store.put(page);
			this.jobs.finish(job, 1, 1);
			return Optional.of(page.objectKey());
		});
	}

	private String recordedHash(String objectKey) {
		PublishedFile file = this.recorded
			.selectOne(Wrappers.<PublishedFile>lambdaQuery().eq(PublishedFile::getObjectKey, objectKey));
		return (file != null) ? file.getSha256() : null;
	}

}
