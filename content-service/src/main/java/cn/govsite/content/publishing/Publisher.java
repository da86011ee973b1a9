package cn.govsite.content.publishing;

import java.time.Instant;
import java.util.List;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.govsite.common.event.Outbox;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.ContentProperties;
import cn.govsite.content.article.Article;
import cn.govsite.content.article.ArticleService;
import cn.govsite.content.column.ColumnService;
import cn.govsite.content.column.SiteColumn;
import cn.govsite.content.site.SiteDirectory;
import cn.govsite.content.site.SiteFacts;
import cn.govsite.content.workflow.WorkflowService;

/**
 * 发布 — publishes an article: renders its page and the site's home page, writes both to
 * object storage, records their hashes, marks the article published and reports it, all
 * or nothing. Who may publish what is the review workflow's decision. 撤稿 (withdraw)
 * removes the article's page and renders the home page without it.
 */
@Service
class Publisher {

	private final SiteDirectory sites;

	private final ArticleService articles;

	private final ColumnService columns;

	private final PageRenderer renderer;

	private final PageStore store;

	private final PublishedFileMapper files;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final ContentProperties properties;

	private final WorkflowService workflow;

	Publisher(SiteDirectory sites, ArticleService articles, ColumnService columns, PageRenderer renderer,
			PageStore store, PublishedFileMapper files, Outbox outbox, TransactionTemplate transactions,
			ContentProperties properties, WorkflowService workflow) {
		this.workflow = workflow;
		this.sites = sites;
		this.articles = articles;
		this.columns = columns;
		this.renderer = renderer;
		this.store = store;
		this.files = files;
		this.outbox = outbox;
		this.transactions = transactions;
		this.properties = properties;
	}

	PublishResult publish(GovsitePrincipal principal, long articleId) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, Role.EDITOR, Role.REVIEWER, Role.SITE_ADMIN);
		// Outside the transaction: this may have to ask tenant-service about the site.
		this.sites.require(site);
		return this.transactions.execute(status -> {
			SiteFacts facts = this.sites.lockCurrent();
			return render(site, facts, this.workflow.publish(principal, articleId));
		});
	}

	/** The scheduler's publish of one due article of the current site. */
	PublishResult publishScheduled(long articleId) {
		SiteRef site = TenantContext.require();
		this.sites.require(site);
		return this.transactions.execute(status -> {
			SiteFacts facts = this.sites.lockCurrent();
			return render(site, facts, this.workflow.publishScheduled(this.articles.require(articleId)));
		});
	}

	/**
	 * 撤稿: the article leaves the public site — its page is deleted from storage, the home
	 * page rendered without it, and {@code ArticleWithdrawn} reported.
	 */
	PublishResult withdraw(GovsitePrincipal principal, long articleId, String opinion) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, Role.SITE_ADMIN, Role.REVIEWER, Role.CHIEF);
		this.sites.require(site);
		return this.transactions.execute(status -> {
			SiteFacts facts = this.sites.lockCurrent();
			Article article = this.workflow.withdraw(principal, articleId, opinion);
			String key = RenderedPage.articleKey(site.code(), articleId);
			this.files.delete(Wrappers.<PublishedFile>lambdaQuery().eq(PublishedFile::getObjectKey, key));
			RenderedPage homePage = homePage(site, facts);
			remember(site, homePage, article.getUpdatedAt());
			this.outbox.record(ArticleWithdrawn.TYPE, site, new ArticleWithdrawn(articleId, site.id(), site.code(),
					article.publicPath(), article.getUpdatedAt()));
			this.store.put(homePage);
			this.store.delete(key);
			return new PublishResult(articleId, article.getState(), article.getPublishedAt(), article.publicPath(),
					List.of(new PublishResult.File(this.store.bucket(), homePage.objectKey(), homePage.sha256())));
		});
	}

	private RenderedPage homePage(SiteRef site, SiteFacts facts) {
		List<Article> latest = this.articles.latestPublished(this.properties.homePageSize());
		return RenderedPage.of(RenderedPage.homeKey(site.code()),
				this.renderer.render("index.ftlh", PageModels.homePage(facts, latest, this.columns.allById())));
	}

	private PublishResult render(SiteRef site, SiteFacts facts, Article article) {
		long articleId = article.getId();
		SiteColumn column = this.columns.find(article.getColumnId())
			.orElseThrow(() -> new IllegalStateException("Article " + articleId + " is filed in a missing column"));
		RenderedPage articlePage = RenderedPage.of(RenderedPage.articleKey(site.code(), articleId),
				this.renderer.render("article.ftlh", PageModels.articlePage(facts, column, article)));
		RenderedPage homePage = homePage(site, facts);
		List<RenderedPage> pages = List.of(articlePage, homePage);
		pages.forEach(page -> remember(site, page, article.getPublishedAt()));
		this.outbox.record(ArticlePublished.TYPE, site,
				new ArticlePublished(articleId, site.id(), site.code(), facts.name(), facts.domain(), column.getId(),
						column.getName(), article.getTitle(), PlainText.of(article.getBody()), article.getPublishedAt(),
						article.publicPath()));
		// Storage last: if a write fails the transaction rolls back with nothing
		// recorded.
		// (A failure of the commit itself after the writes would leave fresh files for a
		// draft; publishing it again overwrites them.)
		pages.forEach(this.store::put);
		return new PublishResult(articleId, article.getState(), article.getPublishedAt(), article.publicPath(),
				pages.stream()
					.map(page -> new PublishResult.File(this.store.bucket(), page.objectKey(), page.sha256()))
					.toList());
	}

	private void remember(SiteRef site, RenderedPage page, Instant at) {
		PublishedFile file = new PublishedFile();
		file.setSiteId(site.id());
		file.setObjectKey(page.objectKey());
		file.setSha256(page.sha256());
		file.setPublishedAt(at);
		int updated = this.files.update(file,
				Wrappers.<PublishedFile>lambdaUpdate().eq(PublishedFile::getObjectKey, page.objectKey()));
		if (updated == 0) {
			this.files.insert(file);
		}
	}

}
