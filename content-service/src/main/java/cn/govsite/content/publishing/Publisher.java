package cn.govsite.content.publishing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.govsite.common.event.Outbox;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.article.Article;
import cn.govsite.content.article.ArticleService;
import cn.govsite.content.site.SiteDirectory;
import cn.govsite.content.site.SiteFacts;
import cn.govsite.content.workflow.WorkflowService;

/**
 * 发布 — publishes an article incrementally: renders only the pages that depend on it (its
 * page, the home page when it shows it, the list pages of its column and the column's
 * ancestors; the site map when the column tree changed since the last run), writes them
 * to object storage, records their hashes under one render job, marks the article
 * published and reports it, all or nothing. Who may publish what is the review workflow's
 * decision. 撤稿 (withdraw) removes the article's page and renders what listed it.
 */
@Service
class Publisher {

	private static final Set<PageRef.Kind> PRIMARY = Set.of(PageRef.Kind.ARTICLE, PageRef.Kind.HOME);

	private final SiteDirectory sites;

	private final ArticleService articles;

	private final SitePages pages;

	private final PageStore store;

	private final PublishedFiles files;

	private final RenderJobs jobs;

	private final SiteRenderStates renderStates;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final WorkflowService workflow;

	Publisher(SiteDirectory sites, ArticleService articles, SitePages pages, PageStore store, PublishedFiles files,
			RenderJobs jobs, SiteRenderStates renderStates, Outbox outbox, TransactionTemplate transactions,
			WorkflowService workflow) {
		this.sites = sites;
		this.articles = articles;
		this.pages = pages;
		this.store = store;
		this.files = files;
		this.jobs = jobs;
		this.renderStates = renderStates;
		this.outbox = outbox;
		this.transactions = transactions;
		this.workflow = workflow;
	}

	PublishResult publish(GovsitePrincipal principal, long articleId) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, Role.EDITOR, Role.REVIEWER, Role.SITE_ADMIN);
		// Outside the transaction: this may have to ask tenant-service about the site,
		// and asset-service about the media.
		this.sites.require(site);
		SortedSet<Long> media = this.articles.requireLibraryMedia(this.articles.require(articleId));
		return this.transactions.execute(status -> {
			SiteFacts facts = this.sites.lockCurrent();
			Article article = this.workflow.publish(principal, articleId);
			this.articles.recordMedia(articleId, media);
			return published(site, facts, article, principal.username());
		});
	}

	/** The scheduler's publish of one due article of the current site. */
	PublishResult publishScheduled(long articleId) {
		SiteRef site = TenantContext.require();
		this.sites.require(site);
		// No user here: asset-service is asked with the service's own token.
		SortedSet<Long> media = this.articles.requireLibraryMedia(this.articles.require(articleId));
		return this.transactions.execute(status -> {
			SiteFacts facts = this.sites.lockCurrent();
			Article article = this.workflow.publishScheduled(this.articles.require(articleId));
			this.articles.recordMedia(articleId, media);
			return published(site, facts, article, "scheduler");
		});
	}

	/**
	 * 撤稿: the article leaves the public site — its page is deleted from storage, the
	 * pages that listed it rendered without it, and {@code ArticleWithdrawn} reported.
	 */
	PublishResult withdraw(GovsitePrincipal principal, long articleId, String opinion) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, Role.SITE_ADMIN, Role.REVIEWER, Role.CHIEF);
		this.sites.require(site);
		return this.transactions.execute(status -> {
			SiteFacts facts = this.sites.lockCurrent();
			Article article = this.workflow.withdraw(principal, articleId, opinion);
			RenderJob job = this.jobs.begin(RenderJob.Kind.WITHDRAW, "article " + articleId, principal.username());
			SitePages.Context context = this.pages.context(facts);
			SitePages.Affected affected = this.pages.affectedBy(context, article, false);
			Map<PageRef, RenderedPage> rendered = render(context, affected.render());
			List<String> removed = affected.delete().stream().map(ref -> ref.key(site.code())).toList();
			this.files.rememberAll(rendered.values(), article.getUpdatedAt(), job.getId());
			removed.forEach(this.files::forget);
			this.outbox.record(ArticleWithdrawn.TYPE, site, new ArticleWithdrawn(articleId, site.id(), site.code(),
					article.publicPath(), article.getUpdatedAt()));
			this.store.putAll(List.copyOf(rendered.values()));
			removed.forEach(this.store::delete);
			this.jobs.finish(job, rendered.size() + removed.size(), rendered.size());
			return result(article, rendered, removed, job);
		});
	}

	private PublishResult published(SiteRef site, SiteFacts facts, Article article, String by) {
		long articleId = article.getId();
		RenderJob job = this.jobs.begin(RenderJob.Kind.PUBLISH, "article " + articleId, by);
		SitePages.Context context = this.pages.context(facts);
		SitePages.Affected affected = this.pages.affectedBy(context, article, true);
		List<PageRef> refs = new ArrayList<>(affected.render());
		refs.addAll(this.renderStates.changedPages(context));
		Map<PageRef, RenderedPage> rendered = render(context, refs);
		if (!rendered.containsKey(PageRef.article(articleId))) {
			throw new IllegalStateException("Article " + articleId + " is filed in a missing column");
		}
		this.files.rememberAll(rendered.values(), article.getPublishedAt(), job.getId());
		String columnName = context.tree().byId().get(article.getColumnId()).getName();
		this.outbox.record(ArticlePublished.TYPE, site,
				ArticlePublished.of(articleId, site.id(), site.code(), facts.name(), facts.domain(),
						article.getColumnId(), columnName, article.getTitle(), article.getBody(),
						article.getPublishedAt(), article.getArchivedAt(), article.getAttachments()));
		// Storage last: if a write fails the transaction rolls back with nothing
		// recorded. (A failure of the commit itself after the writes would leave fresh
		// files for a draft; publishing it again overwrites them.)
		this.store.putAll(List.copyOf(rendered.values()));
		this.jobs.finish(job, rendered.size(), rendered.size());
		return result(article, rendered, List.of(), job);
	}

	/** Renders each page once, in order; pages that no longer exist are skipped. */
	private Map<PageRef, RenderedPage> render(SitePages.Context context, List<PageRef> refs) {
		Map<PageRef, RenderedPage> rendered = new LinkedHashMap<>();
		for (PageRef ref : refs) {
			if (!rendered.containsKey(ref)) {
				this.pages.render(context, ref).ifPresent(page -> rendered.put(ref, page));
			}
		}
		return rendered;
	}

	private PublishResult result(Article article, Map<PageRef, RenderedPage> rendered, List<String> removed,
			RenderJob job) {
		List<PublishResult.File> primary = new ArrayList<>();
		List<PublishResult.File> others = new ArrayList<>();
		rendered.forEach((ref, page) -> (PRIMARY.contains(ref.kind()) ? primary : others)
			.add(new PublishResult.File(this.store.bucket(), page.objectKey(), page.sha256())));
		return new PublishResult(article.getId(), article.getState(), article.getPublishedAt(), article.publicPath(),
				primary, others, removed, job.getId());
	}

}
