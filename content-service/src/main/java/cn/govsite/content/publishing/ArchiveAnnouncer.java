package cn.govsite.content.publishing;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.govsite.common.event.Outbox;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.article.Article;
import cn.govsite.content.article.ArticleState;
import cn.govsite.content.column.ColumnService;
import cn.govsite.content.column.SiteColumn;
import cn.govsite.content.site.SiteDirectory;

/**
 * Tells search that published items were just archived (已归档): the same
 * {@code ArticlePublished} payload with their archive date, in the archiving transaction,
 * so search marks them and ranks them lower within seconds instead of at the next full
 * reindex. Items that are not published are not public and need no word.
 */
@Component
public class ArchiveAnnouncer {

	private final SiteDirectory sites;

	private final ColumnService columns;

	private final Outbox outbox;

	ArchiveAnnouncer(SiteDirectory sites, ColumnService columns, Outbox outbox) {
		this.sites = sites;
		this.columns = columns;
		this.outbox = outbox;
	}

	/**
	 * Call inside the transaction that archived {@code archived} (with their new date).
	 */
	public void announce(List<Article> archived) {
		List<Article> published = archived.stream().filter(a -> a.getState() == ArticleState.PUBLISHED).toList();
		if (published.isEmpty()) {
			return;
		}
		SiteRef site = TenantContext.require();
		// A site with published items is known here: its facts were stored when it
		// published.
		this.sites.known(site.id()).ifPresent(facts -> {
			Map<Long, SiteColumn> byId = this.columns.allById();
			for (Article article : published) {
				SiteColumn column = byId.get(article.getColumnId());
				this.outbox.record(ArticlePublished.TYPE, site,
						ArticlePublished.of(article.getId(), site.id(), site.code(), facts.name(), facts.domain(),
								article.getColumnId(), (column != null) ? column.getName() : null, article.getTitle(),
								article.getBody(), article.getPublishedAt(), article.getArchivedAt(),
								article.getAttachments()));
			}
		});
	}

}
