package cn.govsite.content.article;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.column.ColumnService;

/** Writing and reading the articles of the request's site, and moving their state. */
@Service
public class ArticleService {

	/** Everyone who works on a site's content may read its drafts. */
	static final Role[] READERS = { Role.SITE_ADMIN, Role.EDITOR, Role.REVIEWER, Role.CHIEF };

	private final ArticleMapper articles;

	private final ColumnService columns;

	private final Clock clock = Clock.systemUTC();

	ArticleService(ArticleMapper articles, ColumnService columns) {
		this.articles = articles;
		this.columns = columns;
	}

	@Transactional
	Article create(GovsitePrincipal principal, CreateArticleRequest request) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, Role.EDITOR, Role.SITE_ADMIN);
		if (this.columns.find(request.columnId()).isEmpty()) {
			throw GovsiteException.invalid("columnId", Message.of("栏目不存在于本站点：" + request.columnId(),
					"No such column on this site: " + request.columnId()));
		}
		Instant now = now();
		Article article = new Article();
		article.setSiteId(site.id());
		article.setColumnId(request.columnId());
		article.setTitle(request.title().strip());
		article.setBody(request.body());
		article.setSource(blankToNull(request.source()));
		article.setState(ArticleState.DRAFT);
		article.setCreatedBy(principal.username());
		article.setCreatedAt(now);
		article.setUpdatedAt(now);
		this.articles.insert(article);
		return article;
	}

	@Transactional(readOnly = true)
	Article get(GovsitePrincipal principal, long id) {
		SiteAccess.requireSiteRole(principal, TenantContext.require(), READERS);
		return require(id);
	}

	@Transactional(readOnly = true)
	Page<Article> list(GovsitePrincipal principal, Long columnId, ArticleState state, int page, int size) {
		SiteAccess.requireSiteRole(principal, TenantContext.require(), READERS);
		return this.articles.selectPage(new Page<>(page, size),
				Wrappers.<Article>lambdaQuery()
					.eq(columnId != null, Article::getColumnId, columnId)
					.eq(state != null, Article::getState, state)
					.orderByDesc(Article::getId));
	}

	/** The article of the current site with this id, or a 404 problem. */
	public Article require(long id) {
		Article article = this.articles.selectById(id);
		if (article == null) {
			throw GovsiteException.notFound("文章", "Article", id);
		}
		return article;
	}

	/**
	 * Makes the move on the stored article inside the caller's transaction; a move its
	 * state does not allow, or one that lost a race, is a 409 {@code invalid-state}.
	 */
	public Article move(long id, ArticleTransition transition) {
		Article article = require(id);
		ArticleState target;
		try {
			target = transition.apply(article.getState());
		}
		catch (ArticleTransition.IllegalTransitionException ex) {
			throw refused(article, transition);
		}
		Instant now = now();
		Instant publishedAt = (target == ArticleState.PUBLISHED) ? now : article.getPublishedAt();
		if (this.articles.move(id, article.getState(), target, now, publishedAt) != 1) {
			throw refused(article, transition);
		}
		article.setState(target);
		article.setUpdatedAt(now);
		article.setPublishedAt(publishedAt);
		return article;
	}

	/** The newest published articles of the current site, newest first. */
	public List<Article> latestPublished(int limit) {
		return this.articles.selectList(Wrappers.<Article>lambdaQuery()
			.eq(Article::getState, ArticleState.PUBLISHED)
			.orderByDesc(Article::getPublishedAt)
			.orderByDesc(Article::getId)
			.last("LIMIT " + Math.max(1, limit)));
	}

	private static GovsiteException refused(Article article, ArticleTransition transition) {
		return new GovsiteException(ProblemType.INVALID_STATE, Message.of(
				"文章当前状态（" + article.getState() + "）不允许此操作：" + transition,
				"Article " + article.getId() + " is " + article.getState() + "; " + transition + " is not allowed"));
	}

	private Instant now() {
		// Seconds are what the database keeps and what events carry.
		return Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
