package cn.govsite.content.interaction.mailbox;

import java.util.EnumSet;
import java.util.Set;

import cn.govsite.common.security.Role;
import cn.govsite.content.interaction.InteractionRefusal;

/**
 * 来信办理流程 — who may move a message where. Plain Java: it decides, the service persists.
 * Any of the site's staff accepts, rejects (with a reason), assigns to a unit and
 * replies; putting the message on the site, or taking it off (with a reason), is a
 * reviewer's, chief's or site admin's decision, because the public sees it (审核后公开). A
 * published reply can be withdrawn from the site; a rejected message stays rejected.
 */
public final class MessageLifecycle {

	static final Set<Role> HANDLERS = EnumSet.of(Role.SITE_ADMIN, Role.EDITOR, Role.REVIEWER, Role.CHIEF);

	static final Set<Role> PUBLISHERS = EnumSet.of(Role.SITE_ADMIN, Role.REVIEWER, Role.CHIEF);

	static final int MAX_NOTE = 500;

	/** The person acting and the roles they hold on the message's site. */
	public record Actor(String username, Set<Role> roles) {

		public Actor {
			roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		}

	}

	/** An allowed step: from where to where, with the note the audit keeps. */
	public record Step(MessageAction action, MessageState from, MessageState to, String note) {

	}

	public Step accept(MessageState state, Actor actor) {
		check(MessageAction.ACCEPT, state, actor, HANDLERS);
		return new Step(MessageAction.ACCEPT, state, MessageState.ACCEPTED, null);
	}

	public Step reject(MessageState state, Actor actor, String reason) {
		check(MessageAction.REJECT, state, actor, HANDLERS);
		return new Step(MessageAction.REJECT, state, MessageState.REJECTED,
				required("reason", reason, "不予受理须说明理由", "A rejection needs a reason"));
	}

	public Step assign(MessageState state, Actor actor, String unit) {
		check(MessageAction.ASSIGN, state, actor, HANDLERS);
		String name = required("unit", unit, "须指定承办单位", "Name the unit that answers");
		if (name.length() > 100) {
			throw InteractionRefusal.input("unit", "承办单位名称不超过100字", "The unit name is at most 100 characters");
		}
		return new Step(MessageAction.ASSIGN, state, MessageState.ASSIGNED, name);
	}

	public Step reply(MessageState state, Actor actor, String reply) {
		check(MessageAction.REPLY, state, actor, HANDLERS);
		required("reply", reply, "答复内容不能为空", "The reply must not be empty");
		return new Step(MessageAction.REPLY, state, MessageState.REPLIED, null);
	}

	public Step publish(MessageState state, Actor actor) {
		check(MessageAction.PUBLISH, state, actor, PUBLISHERS);
		return new Step(MessageAction.PUBLISH, state, MessageState.PUBLISHED, null);
	}

	public Step keepPrivate(MessageState state, Actor actor, String reason) {
		check(MessageAction.KEEP_PRIVATE, state, actor, PUBLISHERS);
		return new Step(MessageAction.KEEP_PRIVATE, state, MessageState.PRIVATE,
				required("reason", reason, "不公开须说明理由", "Keeping a message off the site needs a reason"));
	}

	private static void check(MessageAction action, MessageState state, Actor actor, Set<Role> roles) {
		if (roles.stream().noneMatch(actor.roles()::contains)) {
			String names = String.join(", ", roles.stream().map(Role::id).toList());
			throw InteractionRefusal.forbidden("此操作需要以下角色之一：" + names, "Needs one of the roles " + names);
		}
		if (!action.allowedFrom(state)) {
			throw InteractionRefusal.state("来信当前状态为“" + state.label() + "”，不能" + verb(action),
					"The message is " + state + "; " + action + " is not allowed");
		}
	}

	private static String required(String field, String value, String zh, String en) {
		if (value == null || value.isBlank()) {
			throw InteractionRefusal.input(field, zh, en);
		}
		String text = value.strip();
		if (!"reply".equals(field) && text.length() > MAX_NOTE) {
			throw InteractionRefusal.input(field, "不超过" + MAX_NOTE + "字", "At most " + MAX_NOTE + " characters");
		}
		return text;
	}

	private static String verb(MessageAction action) {
		return switch (action) {
			case SUBMIT -> "提交";
			case ACCEPT -> "受理";
			case REJECT -> "不予受理";
			case ASSIGN -> "转办";
			case REPLY -> "答复";
			case PUBLISH -> "公开";
			case KEEP_PRIVATE -> "设为不公开";
		};
	}

}
