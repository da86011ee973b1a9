package cn.govsite.content.publishing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.govsite.common.event.Outbox;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.article.Article;
import cn.govsite.content.site.SiteDirectory;
import cn.govsite.content.site.SiteFacts;

/**
 * 批量发布 — publishes a batch of articles of the current site that its caller already stored
 * as published (a bulk import or a feed, after the review workflow decided): each page
 * that depends on any of them is rendered once, their hashes recorded under one render
 * job and the batch reported in {@code ArticlesPublished} events of at most
 * {@link #EVENT_BATCH} articles, in the caller's transaction, with the site locked as an
 * editor's publication locks it.
 */
@Service
public class BatchPublisher {

	private static final Logger log = LoggerFactory.getLogger(BatchPublisher.class);

	static final int EVENT_BATCH = 200;

	private final SiteDirectory sites;

	private final SitePages pages;

	private final PageStore store;

	private final PublishedFiles files;

	private final RenderJobs jobs;

	private final SiteRenderStates renderStates;

	private final Outbox outbox;

	BatchPublisher(SiteDirectory sites, SitePages pages, PageStore store, PublishedFiles files, RenderJobs jobs,
			SiteRenderStates renderStates, Outbox outbox) {
		this.sites = sites;
		this.pages = pages;
		this.store = store;
		this.files = files;
		this.jobs = jobs;
		this.renderStates = renderStates;
		this.outbox = outbox;
	}

	/**
	 * Asks tenant-service about the site when its facts are not known yet: call it before
	 * the transaction.
	 */
	public void requireSite() {
		this.sites.require(TenantContext.require());
	}

	/**
	 * Renders and reports the published {@code articles} inside the caller's transaction.
	 * Storage is written last, so a failure rolls back with nothing recorded.
	 * @return how many pages were written
	 */
	public int publishAll(List<Article> articles, String subject, String by) {
		if (articles.isEmpty()) {
			return 0;
		}
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("BatchPublisher.publishAll runs inside the transaction that stored them");
		}
		SiteRef site = TenantContext.require();
		SiteFacts facts = this.sites.lockCurrent();
		RenderJob job = this.jobs.begin(RenderJob.Kind.PUBLISH, subject, by);
		SitePages.Context context = this.pages.context(facts);
		List<PageRef> refs = new ArrayList<>(this.pages.affectedByAll(context, articles).render());
		refs.addAll(this.renderStates.changedPages(context));
		long started = System.nanoTime();
		Map<PageRef, RenderedPage> rendered = new LinkedHashMap<>();
		// The articles' own pages from the objects at hand, not read back one by one.
		Map<PageRef, Article> given = new LinkedHashMap<>();
		articles.forEach(article -> given.put(PageRef.article(article.getId()), article));
		for (PageRef ref : refs) {
			if (!rendered.containsKey(ref)) {
				Article article = given.get(ref);
				(article != null ? this.pages.renderArticle(context, article, ref.key(site.code()))
						: this.pages.render(context, ref))
					.ifPresent(page -> rendered.put(ref, page));
			}
		}
		Instant at = articles.get(0).getPublishedAt();
		this.files.rememberAll(rendered.values(), at, job.getId());
		for (int from = 0; from < articles.size(); from += EVENT_BATCH) {
			List<ArticlePublished> payloads = articles.subList(from, Math.min(articles.size(), from + EVENT_BATCH))
				.stream()
				.map(article -> ArticlePublished.of(article.getId(), site.id(), site.code(), facts.name(),
						facts.domain(), article.getColumnId(),
						context.tree().byId().get(article.getColumnId()).getName(), article.getTitle(),
						article.getBody(), article.getPublishedAt(), article.getArchivedAt(), article.getAttachments()))
				.toList();
			this.outbox.record(ArticlesPublished.TYPE, site, new ArticlesPublished(site.id(), site.code(), payloads));
		}
		long renderedAt = System.nanoTime();
		this.store.putAll(List.copyOf(rendered.values()));
		log.info("Batch publish of {} articles: {} pages rendered in {} ms, stored in {} ms", articles.size(),
				rendered.size(), (renderedAt - started) / 1_000_000, (System.nanoTime() - renderedAt) / 1_000_000);
		this.jobs.finish(job, rendered.size(), rendered.size());
		return rendered.size();
	}

}
