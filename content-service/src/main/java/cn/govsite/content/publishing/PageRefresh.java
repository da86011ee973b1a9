package cn.govsite.content.publishing;

import java.time.Instant;
import java.util.Optional;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.govsite.common.event.Outbox;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.site.SiteDirectory;
import cn.govsite.content.site.SiteFacts;

/**
 * Renders one page of a published site again when something other than a publication
 * changed what it shows (letters and figures on the 政民互动 page, notices on a portal's
 * home), and writes it only when it differs from the file on record. Holds the site's
 * lock, so replicas doing the same find nothing to write. Sites never published are left
 * alone: their first publication renders the page anyway.
 */
@Component
public class PageRefresh {

	private final SiteDirectory sites;

	private final SitePages pages;

	private final PublishedFiles files;

	private final PublishedFileMapper recorded;

	private final SiteRenderStateMapper renderStates;

	private final PageStore store;

	private final RenderJobs jobs;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	PageRefresh(SiteDirectory sites, SitePages pages, PublishedFiles files, PublishedFileMapper recorded,
			SiteRenderStateMapper renderStates, PageStore store, RenderJobs jobs, Outbox outbox,
			TransactionTemplate transactions) {
		this.sites = sites;
		this.pages = pages;
		this.files = files;
		this.recorded = recorded;
		this.renderStates = renderStates;
		this.store = store;
		this.jobs = jobs;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	/**
	 * The site's home page brought up to date; returns its object key when it was
	 * written.
	 */
	public Optional<String> home(SiteRef site, String reason) {
		return refresh(site, PageRef.of(PageRef.Kind.HOME), RenderJob.Kind.NOTICES, reason, "notices");
	}

	/** The page brought up to date; returns its object key when it was written. */
	Optional<String> refresh(SiteRef site, PageRef ref, RenderJob.Kind kind, String reason, String actor) {
		return TenantContext.callAs(site, () -> {
			if (this.renderStates.selectById(site.id()) == null) {
				return Optional.<String>empty();
			}
			SiteFacts facts = this.sites.require(site);
			return this.transactions.execute(status -> {
				this.sites.lockCurrent();
				Optional<RenderedPage> rendered = this.pages.render(this.pages.context(facts), ref);
				if (rendered.isEmpty() || rendered.get().sha256().equals(recordedHash(rendered.get().objectKey()))) {
					return Optional.<String>empty();
				}
				RenderedPage page = rendered.get();
				RenderJob job = this.jobs.begin(kind, reason, actor);
				this.files.remember(page, Instant.now(), job.getId());
				this.outbox.record(SitePublished.TYPE, site,
						new SitePublished(site.id(), site.code(), job.getId(), 1, 1));
				this.store.put(page);
				this.jobs.finish(job, 1, 1);
				return Optional.of(page.objectKey());
			});
		});
	}

	private String recordedHash(String objectKey) {
		PublishedFile file = this.recorded
			.selectOne(Wrappers.<PublishedFile>lambdaQuery().eq(PublishedFile::getObjectKey, objectKey));
		return (file != null) ? file.getSha256() : null;
	}

}
