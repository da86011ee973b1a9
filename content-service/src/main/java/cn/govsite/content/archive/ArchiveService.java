package cn.govsite.content.archive;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.article.Article;
import cn.govsite.content.article.ArticleMapper;
import cn.govsite.content.article.ArticleService;
import cn.govsite.content.column.ColumnMapper;
import cn.govsite.content.column.ColumnService;
import cn.govsite.content.column.SiteColumn;
import cn.govsite.content.publishing.ArchiveAnnouncer;
import cn.govsite.content.workflow.ReviewAction;
import cn.govsite.content.workflow.WorkflowService;

/**
 * 归档 — an item or a whole column branch is archived: it stays where it is (a published
 * page stays reachable) but is marked 已归档 with the date, takes no edits, review steps or
 * new items. Archiving is audited like a workflow step.
 */
@Service
class ArchiveService {

	/** An archived item is never published: a pending scheduled publish is dropped. */
	private static final String CANCEL_SCHEDULE = "publish_at = IF(state = 'APPROVED', NULL, publish_at)";

	private final ArticleService articles;

	private final ArticleMapper articleRows;

	private final ColumnService columns;

	private final ColumnMapper columnRows;

	private final WorkflowService workflow;

	private final ArchiveAnnouncer announcer;

	ArchiveService(ArticleService articles, ArticleMapper articleRows, ColumnService columns, ColumnMapper columnRows,
			WorkflowService workflow, ArchiveAnnouncer announcer) {
		this.announcer = announcer;
		this.articles = articles;
		this.articleRows = articleRows;
		this.columns = columns;
		this.columnRows = columnRows;
		this.workflow = workflow;
	}

	/** What one archiving did. */
	record Result(Instant archivedAt, List<Long> columnIds, long items) {

	}

	@Transactional
	Article archiveItem(GovsitePrincipal principal, long id, String opinion) {
		SiteAccess.requireSiteRole(principal, TenantContext.require(), Role.SITE_ADMIN, Role.EDITOR);
		Article article = this.articles.require(id);
		if (article.archived()) {
			throw new GovsiteException(ProblemType.INVALID_STATE,
					Message.of("信息已于" + article.getArchivedAt() + "归档", "The item is already archived"));
		}
		Instant now = now();
		int changed = this.articleRows.update(null,
				Wrappers.<Article>lambdaUpdate()
					.eq(Article::getId, id)
					.isNull(Article::getArchivedAt)
					.set(Article::getArchivedAt, now)
					.setSql(CANCEL_SCHEDULE));
		if (changed != 1) {
			throw GovsiteException.conflict(Message.of("信息已被他人归档", "The item was archived meanwhile"));
		}
		article.setArchivedAt(now);
		this.workflow.record(article, ReviewAction.ARCHIVE, role(principal), article.getState(), principal.username(),
				opinion);
		this.announcer.announce(List.of(article));
		return article;
	}

	@Transactional
	Result archiveColumn(GovsitePrincipal principal, long columnId) {
		ColumnService.requireManager(principal);
		Map<Long, SiteColumn> all = this.columns.allById();
		SiteColumn column = all.get(columnId);
		if (column == null) {
			throw GovsiteException.notFound("栏目", "Column", columnId);
		}
		if (column.getArchivedAt() != null) {
			throw new GovsiteException(ProblemType.INVALID_STATE, Message.of("栏目“" + column.getName() + "”已归档",
					"Column " + column.getName() + " is already archived"));
		}
		Set<Long> branch = ColumnSubtree.of(columnId, all);
		Instant now = now();
		this.columnRows.update(null,
				Wrappers.<SiteColumn>lambdaUpdate()
					.in(SiteColumn::getId, branch)
					.isNull(SiteColumn::getArchivedAt)
					.set(SiteColumn::getArchivedAt, now));
		List<Article> items = this.articleRows.selectList(
				Wrappers.<Article>lambdaQuery().in(Article::getColumnId, branch).isNull(Article::getArchivedAt));
		if (!items.isEmpty()) {
			this.articleRows.update(null,
					Wrappers.<Article>lambdaUpdate()
						.in(Article::getId, items.stream().map(Article::getId).toList())
						.set(Article::getArchivedAt, now)
						.setSql(CANCEL_SCHEDULE));
		}
		String role = role(principal);
		for (Article item : items) {
			item.setArchivedAt(now);
			this.workflow.record(item, ReviewAction.ARCHIVE, role, item.getState(), principal.username(),
					"随栏目“" + column.getName() + "”归档 / archived with its column");
		}
		this.announcer.announce(items);
		return new Result(now, List.copyOf(branch), items.size());
	}

	private static String role(GovsitePrincipal principal) {
		return principal.hasSiteRole(TenantContext.require().code(), Role.SITE_ADMIN) ? Role.SITE_ADMIN.id()
				: Role.EDITOR.id();
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.SECONDS);
	}

}
