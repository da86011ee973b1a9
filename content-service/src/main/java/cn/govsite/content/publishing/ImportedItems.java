package cn.govsite.content.publishing;

import org.springframework.stereotype.Service;

import cn.govsite.common.event.Outbox;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.article.Article;
import cn.govsite.content.site.SiteFacts;

/**
 * Publishing for items that arrive in bulk already published (整合迁移): each is announced
 * like a publish ({@code ArticlePublished}, for search and the gateway) in the caller's
 * transaction, and the site's pages are rendered once at the end by a background
 * republish instead of page by page.
 */
@Service
public class ImportedItems {

	private final RenderJobs jobs;

	private final Outbox outbox;

	ImportedItems(RenderJobs jobs, Outbox outbox) {
		this.jobs = jobs;
		this.outbox = outbox;
	}

	/** Reports an imported, published item of the current site. */
	public void announce(SiteFacts facts, Article article, String columnName) {
		SiteRef site = TenantContext.require();
		this.outbox.record(ArticlePublished.TYPE, site,
				ArticlePublished.of(article.getId(), site.id(), site.code(), facts.name(), facts.domain(),
						article.getColumnId(), columnName, article.getTitle(), article.getBody(),
						article.getPublishedAt(), article.getArchivedAt(), article.getAttachments()));
	}

	/** Queues a full render of the current site (a waiting one is reused); its job id. */
	public long republish(String subject, String by) {
		return this.jobs.queue(RenderJob.Kind.REPUBLISH, subject, by).getId();
	}

}
