package cn.govsite.content.interaction.mailbox;

import java.util.EnumSet;
import java.util.Set;

import static cn.govsite.content.interaction.mailbox.MessageState.ACCEPTED;
import static cn.govsite.content.interaction.mailbox.MessageState.ASSIGNED;
import static cn.govsite.content.interaction.mailbox.MessageState.PRIVATE;
import static cn.govsite.content.interaction.mailbox.MessageState.PUBLISHED;
import static cn.govsite.content.interaction.mailbox.MessageState.REPLIED;
import static cn.govsite.content.interaction.mailbox.MessageState.SUBMITTED;

/** The steps of a message's life and the states each may start from. */
public enum MessageAction {

	SUBMIT(EnumSet.noneOf(MessageState.class)), ACCEPT(EnumSet.of(SUBMITTED)), REJECT(EnumSet.of(SUBMITTED)),
	ASSIGN(EnumSet.of(ACCEPTED, ASSIGNED)), REPLY(EnumSet.of(ACCEPTED, ASSIGNED)),
	PUBLISH(EnumSet.of(REPLIED, PRIVATE)), KEEP_PRIVATE(EnumSet.of(REPLIED, PUBLISHED));

	private final Set<MessageState> from;

	MessageAction(Set<MessageState> from) {
		this.from = from;
	}

	public boolean allowedFrom(MessageState state) {
		return this.from.contains(state);
	}

}
