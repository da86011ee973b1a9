package cn.govsite.content.migration;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.transaction.support.TransactionTemplate;

import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.article.Article;
import cn.govsite.content.article.ArticleContent;
import cn.govsite.content.article.ArticleMapper;
import cn.govsite.content.article.ArticleService;
import cn.govsite.content.article.ArticleState;
import cn.govsite.content.article.ItemOrigin;
import cn.govsite.content.column.ColumnService;
import cn.govsite.content.column.ColumnSpec;
import cn.govsite.content.column.SiteColumn;
import cn.govsite.content.publishing.ImportedItems;
import cn.govsite.content.site.SiteFacts;

/**
 * A real run's target, the current site: items are filed through the article path
 * (sanitised, checked, versioned) as published on their original date with their old URL
 * as origin, archived ones marked 已归档; files go into the resource library.
 */
final class SiteTarget implements Target {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** The beans a real run writes through. */
	record Services(ArticleService articles, ArticleMapper articleRows, ColumnService columns, AssetLibrary library,
			RedirectStore redirects, ImportedItems published, TransactionTemplate transactions) {
	}

	private final Services services;

	private final SiteFacts facts;

	private final String by;

	SiteTarget(Services services, SiteFacts facts, String by) {
		this.services = services;
		this.facts = facts;
		this.by = by;
	}

	@Override
	public long register(String url, String filename, String contentType, byte[] content, String title) {
		return this.services.library()
			.register(filename, content, new AssetLibrary.Provenance(title, url, this.facts.name()));
	}

	@Override
	public long importItem(Draft draft) {
		SiteRef site = TenantContext.require();
		ItemOrigin origin = new ItemOrigin(ItemOrigin.MIGRATE, site.id(), site.code(), this.facts.name(), 0,
				draft.url());
		Article article = this.services.articles()
			.receive(draft.columnId(), new ArticleContent(draft.title(), draft.bodyHtml(), draft.source(), false, null),
					ArticleState.PUBLISHED, this.by, origin);
		Instant published = draft.date().atZone(CHINA).toInstant();
		Instant archived = draft.archive() ? Instant.now().truncatedTo(ChronoUnit.SECONDS) : null;
		this.services.articleRows()
			.update(null,
					Wrappers.<Article>lambdaUpdate()
						.eq(Article::getId, article.getId())
						.set(Article::getPublishedAt, published)
						.set(Article::getArchivedAt, archived));
		article.setPublishedAt(published);
		article.setArchivedAt(archived);
		this.services.articles().recordMedia(article.getId(), draft.assetIds());
		String column = this.services.columns().find(draft.columnId()).map(SiteColumn::getName).orElse("");
		this.services.published().announce(this.facts, article, column);
		return article.getId();
	}

	@Override
	public long archiveColumn(String name) {
		return this.services.transactions()
			.execute(status -> this.services.columns()
				.allById()
				.values()
				.stream()
				.filter(column -> column.getParentId() == null && column.getName().equals(name)
						&& column.getArchivedAt() == null)
				.findFirst()
				.orElseGet(() -> this.services.columns()
					.insert(TenantContext.require(), null, ColumnSpec.named(name), null, this.by))
				.getId());
	}

	@Override
	public boolean columnOpen(long columnId) {
		return this.services.columns().find(columnId).filter(column -> column.getArchivedAt() == null).isPresent();
	}

	@Override
	public void redirect(String oldPath, String newPath) {
		this.services.redirects().put(TenantContext.require().code(), oldPath, newPath);
	}

	@Override
	public <T> T atomically(Supplier<T> work) {
		return this.services.transactions().execute(status -> work.get());
	}

}
