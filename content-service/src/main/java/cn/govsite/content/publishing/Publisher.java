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
import cn.govsite.content.article.ArticleTransition;
import cn.govsite.content.column.ColumnService;
import cn.govsite.content.column.SiteColumn;
import cn.govsite.content.site.SiteDirectory;
import cn.govsite.content.site.SiteFacts;

/**
 * 发布 — publishes an article: renders its page and the site's home page, writes both to
 * object storage, records their hashes, marks the article published and reports it, all
 * or nothing.
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

	Publisher(SiteDirectory sites, ArticleService articles, ColumnService columns, PageRenderer renderer,
			PageStore store, PublishedFileMapper files, Outbox outbox, TransactionTemplate transactions,
			ContentProperties properties) {
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
		return this.transactions.execute(status -> publishLocked(site, articleId));
	}

	private PublishResult publishLocked(SiteRef site, long articleId) {
		SiteFacts facts = this.sites.lockCurrent();
		Article article = this.articles.move(articleId, ArticleTransition.PUBLISH);
		SiteColumn column = this.columns.find(article.getColumnId())
			.orElseThrow(() -> new IllegalStateException("Article " + articleId + " is filed in a missing column"));
		RenderedPage articlePage = RenderedPage.of(RenderedPage.articleKey(site.code(), articleId),
				this.renderer.render("article.ftlh", PageModels.articlePage(facts, column, article)));
		List<Article> latest = this.articles.latestPublished(this.properties.homePageSize());
		RenderedPage homePage = RenderedPage.of(RenderedPage.homeKey(site.code()),
				this.renderer.render("index.ftlh", PageModels.homePage(facts, latest, this.columns.allById())));
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
