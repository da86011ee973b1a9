package cn.govsite.content.workflow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.context.ApplicationEventPublisher;
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
import cn.govsite.content.article.Article;
import cn.govsite.content.article.ArticleContent;
import cn.govsite.content.article.ArticleMapper;
import cn.govsite.content.article.ArticleService;
import cn.govsite.content.article.PolicyDocuments;
import cn.govsite.content.article.ArticleState;
import cn.govsite.content.check.CheckService;
import cn.govsite.content.column.ColumnService;
import cn.govsite.content.workflow.ReviewWorkflow.Actor;
import cn.govsite.content.workflow.ReviewWorkflow.Decision;
import cn.govsite.content.workflow.ReviewWorkflow.Item;

/**
 * Carries out the review workflow's decisions on the request's site: the state change and
 * its audit row in one transaction (一事一审). Publishing and withdrawal call in here for
 * their state change inside their own transaction.
 */
@Service
public class WorkflowService {

	static final Role[] STAFF = { Role.SITE_ADMIN, Role.EDITOR, Role.REVIEWER, Role.CHIEF };

	private static final int QUEUE_LIMIT = 200;

	private final ReviewWorkflow workflow = new ReviewWorkflow();

	private final ArticleService articles;

	private final ArticleMapper articleRows;

	private final ArticleReviewMapper reviews;

	private final CheckService checks;

	private final ColumnService columns;

	private final ApplicationEventPublisher events;

	private final PolicyDocuments policies;

	WorkflowService(ArticleService articles, ArticleMapper articleRows, ArticleReviewMapper reviews,
			CheckService checks, ColumnService columns, ApplicationEventPublisher events, PolicyDocuments policies) {
		this.policies = policies;
		this.columns = columns;
		this.events = events;
		this.articles = articles;
		this.articleRows = articleRows;
		this.reviews = reviews;
		this.checks = checks;
	}

	@Transactional
	Article submit(GovsitePrincipal principal, long id, String opinion) {
		Actor actor = actor(principal);
		Article article = this.articles.require(id);
		Decision decision = decide(() -> this.workflow.submit(item(article), actor));
		// Checked again on submit: the dictionaries may have changed since the save.
		this.checks.requireNoBlocking(this.articles.check(article));
		return apply(article, decision, actor.username(), opinion);
	}

	@Transactional
	Article approve(GovsitePrincipal principal, long id, String opinion) {
		Actor actor = actor(principal);
		Article article = this.articles.require(id);
		Decision decision = decide(() -> this.workflow.approve(item(article), actor));
		if (decision.to() == ArticleState.APPROVED) {
			this.policies.requireInterpretation(article, false);
		}
		return apply(article, decision, actor.username(), opinion);
	}

	@Transactional
	Article reject(GovsitePrincipal principal, long id, String opinion) {
		Actor actor = actor(principal);
		Article article = this.articles.require(id);
		Decision decision = decide(() -> this.workflow.reject(item(article), actor, opinion));
		return apply(article, decision, actor.username(), opinion.strip());
	}

	@Transactional
	Article edit(GovsitePrincipal principal, long id, ArticleContent content, Integer expectedVersion) {
		Actor actor = actor(principal);
		Article article = this.articles.require(id);
		if (expectedVersion != null && expectedVersion.intValue() != article.getVersion()) {
			throw GovsiteException.conflict(Message.of("文章已被他人修改（当前第" + article.getVersion() + "版），请刷新后重试",
					"The article is at version " + article.getVersion() + "; reload and try again"));
		}
		Decision decision = decide(() -> this.workflow.edit(item(article), actor));
		if (article.archived()) {
			throw new GovsiteException(ProblemType.INVALID_STATE,
					Message.of("信息已归档，不能再修改", "The item is archived and can no longer be edited"));
		}
		ArticleState from = article.getState();
		this.articles.saveEdit(article, content, decision.to(), actor.username());
		String note = (decision.action() == ReviewAction.EDIT_RESET) ? "修改后此前的审核意见作废，须重新审核 / approvals reset" : null;
		audit(article, decision.action(), decision.role(), from, decision.to(), actor.username(), note);
		return article;
	}

	/**
	 * The publish step of {@code POST /articles/{id}/publish}, inside its transaction.
	 */
	public Article publish(GovsitePrincipal principal, long id) {
		Actor actor = actor(principal);
		Article article = this.articles.require(id);
		boolean direct = this.columns.find(article.getColumnId())
			.map(column -> column.getMethod() != null && column.getMethod().publishesWithoutReview())
			.orElse(false);
		Decision decision = decide(() -> this.workflow.publish(item(article, direct), actor));
		if (decision.action() == ReviewAction.DIRECT_PUBLISH) {
			// No reviewer saw it: the checks stand in, with today's dictionaries.
			this.checks.requireNoBlocking(this.articles.check(article));
		}
		this.policies.requireInterpretation(article, true);
		return apply(article, decision, actor.username(), null);
	}

	/** The scheduler's publish of a due, approved article, inside its transaction. */
	public Article publishScheduled(Article article) {
		Decision decision = decide(() -> this.workflow.publishScheduled(item(article)));
		// A document still waiting for its interpretation waits on its schedule too.
		this.policies.requireInterpretation(article, true);
		return apply(article, decision, "scheduler", "定时发布 / scheduled at " + article.getPublishAt());
	}

	/** The withdraw step (撤稿), inside the withdrawal's transaction. */
	public Article withdraw(GovsitePrincipal principal, long id, String opinion) {
		Actor actor = actor(principal);
		Article article = this.articles.require(id);
		return apply(article, decide(() -> this.workflow.withdraw(item(article), actor)), actor.username(), opinion);
	}

	@Transactional(readOnly = true)
	List<ArticleReview> history(GovsitePrincipal principal, long id) {
		actor(principal);
		this.articles.require(id);
		return this.reviews.selectList(Wrappers.<ArticleReview>lambdaQuery()
			.eq(ArticleReview::getArticleId, id)
			.orderByAsc(ArticleReview::getId));
	}

	/**
	 * 待办 — what waits for the caller on the current site: first-level review for
	 * reviewers, the chief's approval of major items for chiefs, publishing of approved
	 * items for editors and site admins. Nobody is offered their own items to review.
	 */
	@Transactional(readOnly = true)
	List<Article> queue(GovsitePrincipal principal) {
		Actor actor = actor(principal);
		List<Article> waiting = new ArrayList<>();
		if (actor.roles().contains(Role.REVIEWER) || actor.roles().contains(Role.CHIEF)) {
			waiting.addAll(select(submitted(actor, 0)));
		}
		if (actor.roles().contains(Role.CHIEF)) {
			waiting.addAll(select(submitted(actor, 1).eq(Article::getMajor, true)));
		}
		if (actor.roles().contains(Role.EDITOR) || actor.roles().contains(Role.SITE_ADMIN)) {
			waiting.addAll(select(Wrappers.<Article>lambdaQuery()
				.eq(Article::getState, ArticleState.APPROVED)
				.isNull(Article::getArchivedAt)));
		}
		return waiting.stream().distinct().sorted(Comparator.comparing(Article::getUpdatedAt)).toList();
	}

	private static LambdaQueryWrapper<Article> submitted(Actor actor, int approvals) {
		return Wrappers.<Article>lambdaQuery()
			.eq(Article::getState, ArticleState.SUBMITTED)
			.eq(Article::getApprovals, approvals)
			.isNull(Article::getArchivedAt)
			.ne(Article::getCreatedBy, actor.username());
	}

	private List<Article> select(LambdaQueryWrapper<Article> query) {
		return this.articleRows.selectList(query.orderByAsc(Article::getUpdatedAt).last("LIMIT " + QUEUE_LIMIT));
	}

	private Article apply(Article article, Decision decision, String by, String opinion) {
		ArticleState from = article.getState();
		if (article.archived() && decision.action() != ReviewAction.WITHDRAW) {
			throw new GovsiteException(ProblemType.INVALID_STATE, Message.of("信息已归档，不能再修改、审核或发布",
					"The item is archived: it is no longer edited, reviewed or published"));
		}
		this.articles.move(article, decision.to(), decision.approvals(), decision.firstApprover());
		audit(article, decision.action(), decision.role(), from, decision.to(), by, opinion);
		this.events.publishEvent(new ItemMoved(article, decision.action(), from, decision.to(), by));
		return article;
	}

	/**
	 * Audits a step taken outside the review workflow (an arrival by push or reprint, an
	 * archiving), in the caller's transaction.
	 */
	public void record(Article article, ReviewAction action, String role, ArticleState from, String by,
			String opinion) {
		audit(article, action, role, from, article.getState(), by, opinion);
	}

	/** One line of {@link #recordAll}: what happened to a new item. */
	public record Entry(Article article, ReviewAction action, String role, ArticleState from) {
	}

	/**
	 * Records many items' decisions in one batched insert (bulk import and feeds), in the
	 * caller's transaction, as {@link #record} does one.
	 */
	public void recordAll(List<Entry> entries, String by, String opinion) {
		if (entries.isEmpty()) {
			return;
		}
		List<ArticleReview> rows = new ArrayList<>(entries.size());
		for (Entry entry : entries) {
			rows.add(review(entry.article(), entry.action(), entry.role(), entry.from(), entry.article().getState(), by,
					opinion));
		}
		this.reviews.insert(rows);
	}

	private void audit(Article article, ReviewAction action, String role, ArticleState from, ArticleState to, String by,
			String opinion) {
		this.reviews.insert(review(article, action, role, from, to, by, opinion));
	}

	private ArticleReview review(Article article, ReviewAction action, String role, ArticleState from, ArticleState to,
			String by, String opinion) {
		ArticleReview review = new ArticleReview();
		review.setSiteId(article.getSiteId());
		review.setArticleId(article.getId());
		review.setActor(by);
		review.setActorRole(role);
		review.setAction(action);
		review.setFromState(from.name());
		review.setToState(to.name());
		review.setOpinion((opinion == null || opinion.isBlank()) ? null : opinion.strip());
		review.setCreatedAt(this.articles.now());
		return review;
	}

	/** The caller and their roles on the request's site; no role there is a 403. */
	private static Actor actor(GovsitePrincipal principal) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, STAFF);
		Set<Role> roles = principal.isPlatformAdmin() ? EnumSet.copyOf(List.of(STAFF))
				: principal.siteRoles().getOrDefault(site.code(), Set.of());
		return new Actor(principal.username(), roles);
	}

	private static Item item(Article article) {
		return item(article, false);
	}

	private static Item item(Article article, boolean directColumn) {
		return new Item(article.getState(), article.flaggedMajor(), article.getApprovals(), article.getCreatedBy(),
				article.getFirstApprover(), directColumn);
	}

	private static Decision decide(Supplier<Decision> step) {
		try {
			return step.get();
		}
		catch (WorkflowRefusal refusal) {
			Message message = Message.of(refusal.zh(), refusal.en());
			throw switch (refusal.kind()) {
				case FORBIDDEN -> GovsiteException.forbidden(message);
				case INVALID_INPUT -> GovsiteException.invalid(refusal.field(), message);
				case INVALID_STATE -> new GovsiteException(ProblemType.INVALID_STATE, message);
			};
		}
	}

}
