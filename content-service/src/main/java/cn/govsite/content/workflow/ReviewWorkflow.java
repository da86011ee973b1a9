package cn.govsite.content.workflow;

import java.util.EnumSet;
import java.util.Set;

import cn.govsite.common.security.Role;
import cn.govsite.content.article.ArticleState;
import cn.govsite.content.article.ArticleTransition;

/**
 * 审核流程 — who may move an article where (先审后发, 审发分离, 一事一审). Plain Java: it decides, the
 * service persists. Rules: editors submit; a reviewer (or the chief) approves; a
 * major/sensitive item also needs the chief's approval after that, by a different person;
 * nobody approves or rejects their own item; rejecting needs an opinion; any edit drops
 * the approvals given; an approved item is published by the site's staff. A draft is
 * published without review (直接发布) only in a column whose guarantee method says so, by an
 * editor or site admin, and never when it is major/sensitive.
 */
public final class ReviewWorkflow {

	private static final Set<Role> WRITERS = EnumSet.of(Role.EDITOR, Role.SITE_ADMIN);

	private static final Set<Role> FIRST_LEVEL = EnumSet.of(Role.REVIEWER, Role.CHIEF);

	private static final Set<Role> PUBLISHERS = EnumSet.of(Role.EDITOR, Role.REVIEWER, Role.SITE_ADMIN);

	private static final Set<Role> WITHDRAWERS = EnumSet.of(Role.SITE_ADMIN, Role.REVIEWER, Role.CHIEF);

	/**
	 * What the workflow knows of an article; {@code directColumn} says its column is
	 * guaranteed by 直接发布.
	 */
	public record Item(ArticleState state, boolean major, int approvals, String author, String firstApprover,
			boolean directColumn) {

		/** An item of a reviewed column (审核发布). */
		public Item(ArticleState state, boolean major, int approvals, String author, String firstApprover) {
			this(state, major, approvals, author, firstApprover, false);
		}

	}

	/** The person acting and the roles they hold on the article's site. */
	public record Actor(String username, Set<Role> roles) {

		public Actor {
			roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		}

		boolean holdsAny(Set<Role> wanted) {
			return wanted.stream().anyMatch(this.roles::contains);
		}

		Role first(Set<Role> wanted, Role fallback) {
			return wanted.stream().filter(this.roles::contains).findFirst().orElse(fallback);
		}

	}

	/**
	 * The outcome of an allowed step: the new state and approvals, and what the audit
	 * records.
	 */
	public record Decision(ReviewAction action, String role, ArticleState from, ArticleState to, int approvals,
			String firstApprover) {

	}

	public Decision submit(Item item, Actor actor) {
		requireRole(actor, WRITERS, "提交审核");
		requireState(item, ArticleTransition.SUBMIT);
		return new Decision(ReviewAction.SUBMIT, actor.first(WRITERS, Role.EDITOR).id(), item.state(),
				ArticleState.SUBMITTED, 0, null);
	}

	public Decision approve(Item item, Actor actor) {
		requireState(item, ArticleTransition.APPROVE);
		refuseAuthor(item, actor, "审核通过");
		if (item.approvals() == 0) {
			requireRole(actor, FIRST_LEVEL, "审核");
			String role = actor.first(FIRST_LEVEL, Role.REVIEWER).id();
			if (item.major()) {
				// 重大敏感信息: the chief approves next; the state waits in SUBMITTED.
				return new Decision(ReviewAction.APPROVE, role, item.state(), ArticleState.SUBMITTED, 1,
						actor.username());
			}
			return new Decision(ReviewAction.APPROVE, role, item.state(), ArticleState.APPROVED, 1, actor.username());
		}
		if (!actor.roles().contains(Role.CHIEF)) {
			throw WorkflowRefusal.forbidden("重大、敏感信息须由单位主要领导（chief）二次审核",
					"A major or sensitive item needs a second approval by the chief");
		}
		if (actor.username().equals(item.firstApprover())) {
			throw WorkflowRefusal.forbidden("二次审核须由另一人进行，不能由初审人本人完成",
					"The second approval must come from someone other than the first approver");
		}
		return new Decision(ReviewAction.APPROVE, Role.CHIEF.id(), item.state(), ArticleState.APPROVED,
				item.approvals() + 1, item.firstApprover());
	}

	public Decision reject(Item item, Actor actor, String opinion) {
		requireState(item, ArticleTransition.REJECT);
		refuseAuthor(item, actor, "退回");
		Set<Role> rejecters = (item.approvals() == 0) ? FIRST_LEVEL : EnumSet.of(Role.CHIEF);
		requireRole(actor, rejecters, "退回");
		if (opinion == null || opinion.isBlank()) {
			throw WorkflowRefusal.input("opinion", "退回须填写审核意见", "A rejection needs an opinion");
		}
		return new Decision(ReviewAction.REJECT, actor.first(rejecters, Role.REVIEWER).id(), item.state(),
				ArticleState.REJECTED, 0, null);
	}

	/** Any change of title, body or flags: approvals already given no longer hold. */
	public Decision edit(Item item, Actor actor) {
		requireRole(actor, WRITERS, "修改");
		if (item.state() == ArticleState.PUBLISHED) {
			throw WorkflowRefusal.state("已发布的文章须先撤稿再修改", "Withdraw a published article before editing it");
		}
		requireState(item, ArticleTransition.EDIT);
		boolean reset = item.approvals() > 0 || item.state() == ArticleState.APPROVED;
		return new Decision(reset ? ReviewAction.EDIT_RESET : ReviewAction.EDIT, actor.first(WRITERS, Role.EDITOR).id(),
				item.state(), ArticleState.DRAFT, 0, null);
	}

	public Decision publish(Item item, Actor actor) {
		requireState(item, ArticleTransition.PUBLISH);
		if (item.state() == ArticleState.DRAFT) {
			// 直接发布: the column's guarantee method decides, not the person's rank.
			if (!item.directColumn()) {
				throw WorkflowRefusal.forbidden("栏目保障方式为审核发布：草稿须审核通过后发布",
						"The column is guaranteed by review: a draft is published once approved");
			}
			if (item.major()) {
				throw WorkflowRefusal.forbidden("重大、敏感信息须经审核，不能直接发布",
						"A major or sensitive item is reviewed, never published directly");
			}
			requireRole(actor, WRITERS, "直接发布");
			return new Decision(ReviewAction.DIRECT_PUBLISH, actor.first(WRITERS, Role.EDITOR).id(), item.state(),
					ArticleState.PUBLISHED, item.approvals(), item.firstApprover());
		}
		requireRole(actor, PUBLISHERS, "发布");
		return new Decision(ReviewAction.PUBLISH, actor.first(PUBLISHERS, Role.EDITOR).id(), item.state(),
				ArticleState.PUBLISHED, item.approvals(), item.firstApprover());
	}

	/** The scheduler's publish of an approved item whose time has come. */
	public Decision publishScheduled(Item item) {
		if (item.state() != ArticleState.APPROVED) {
			throw WorkflowRefusal.state("仅已审核的文章可定时发布", "Only approved articles are published on schedule");
		}
		return new Decision(ReviewAction.SCHEDULED_PUBLISH, "system", item.state(), ArticleState.PUBLISHED,
				item.approvals(), item.firstApprover());
	}

	public Decision withdraw(Item item, Actor actor) {
		requireRole(actor, WITHDRAWERS, "撤稿");
		requireState(item, ArticleTransition.WITHDRAW);
		return new Decision(ReviewAction.WITHDRAW, actor.first(WITHDRAWERS, Role.SITE_ADMIN).id(), item.state(),
				ArticleState.WITHDRAWN, 0, null);
	}

	private static void requireRole(Actor actor, Set<Role> roles, String what) {
		if (!actor.holdsAny(roles)) {
			String names = String.join(", ", roles.stream().map(Role::id).toList());
			throw WorkflowRefusal.forbidden(what + "需要以下角色之一：" + names, "Needs one of the roles " + names);
		}
	}

	private static void requireState(Item item, ArticleTransition transition) {
		if (!transition.allowedFrom(item.state())) {
			throw WorkflowRefusal.state("文章当前状态（" + item.state() + "）不允许此操作：" + transition,
					"The article is " + item.state() + "; " + transition + " is not allowed");
		}
	}

	/** 审发分离: the author never reviews their own item, whatever roles they hold. */
	private static void refuseAuthor(Item item, Actor actor, String what) {
		if (actor.username().equals(item.author())) {
			throw WorkflowRefusal.forbidden("审发分离：作者不能" + what + "自己的稿件",
					"Separation of duties: the author may not review their own item");
		}
	}

}
