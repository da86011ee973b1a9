package cn.govsite.content.interaction.mailbox;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.govsite.common.security.Role;
import cn.govsite.content.interaction.InteractionRefusal;
import cn.govsite.content.interaction.mailbox.MessageLifecycle.Actor;
import cn.govsite.content.interaction.mailbox.MessageLifecycle.Step;

import static cn.govsite.content.interaction.mailbox.MessageState.ACCEPTED;
import static cn.govsite.content.interaction.mailbox.MessageState.ASSIGNED;
import static cn.govsite.content.interaction.mailbox.MessageState.PRIVATE;
import static cn.govsite.content.interaction.mailbox.MessageState.PUBLISHED;
import static cn.govsite.content.interaction.mailbox.MessageState.REJECTED;
import static cn.govsite.content.interaction.mailbox.MessageState.REPLIED;
import static cn.govsite.content.interaction.mailbox.MessageState.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every transition of a message and every refusal, without Spring. */
class MessageLifecycleTest {

	private final MessageLifecycle lifecycle = new MessageLifecycle();

	private final Actor editor = new Actor("editor", Set.of(Role.EDITOR));

	private final Actor reviewer = new Actor("reviewer", Set.of(Role.REVIEWER));

	private final Actor nobody = new Actor("citizen", Set.of());

	@Test
	void theWholeWayFromReceiptToPublication() {
		Step accepted = this.lifecycle.accept(SUBMITTED, this.editor);
		assertThat(accepted.to()).isEqualTo(ACCEPTED);
		Step assigned = this.lifecycle.assign(ACCEPTED, this.editor, " 市交通运输局 ");
		assertThat(assigned.to()).isEqualTo(ASSIGNED);
		assertThat(assigned.note()).isEqualTo("市交通运输局");
		assertThat(this.lifecycle.assign(ASSIGNED, this.editor, "市公安局").to()).as("reassigned").isEqualTo(ASSIGNED);
		assertThat(this.lifecycle.reply(ASSIGNED, this.editor, "已安排维修。").to()).isEqualTo(REPLIED);
		assertThat(this.lifecycle.reply(ACCEPTED, this.editor, "直接答复。").to()).isEqualTo(REPLIED);
		assertThat(this.lifecycle.publish(REPLIED, this.reviewer).to()).isEqualTo(PUBLISHED);
		Step off = this.lifecycle.keepPrivate(PUBLISHED, this.reviewer, "涉及个人隐私");
		assertThat(off.to()).isEqualTo(PRIVATE);
		assertThat(off.note()).isEqualTo("涉及个人隐私");
		assertThat(this.lifecycle.keepPrivate(REPLIED, this.reviewer, "来信人要求不公开").to()).isEqualTo(PRIVATE);
		assertThat(this.lifecycle.publish(PRIVATE, this.reviewer).to()).as("reconsidered").isEqualTo(PUBLISHED);
		assertThat(this.lifecycle.reject(SUBMITTED, this.editor, "不属于本单位职责").to()).isEqualTo(REJECTED);
	}

	@ParameterizedTest
	@EnumSource(value = MessageState.class, names = { "SUBMITTED" }, mode = EnumSource.Mode.EXCLUDE)
	void onlyAReceivedMessageIsAcceptedOrRejected(MessageState state) {
		refusedForState(() -> this.lifecycle.accept(state, this.editor));
		refusedForState(() -> this.lifecycle.reject(state, this.editor, "理由"));
	}

	@ParameterizedTest
	@EnumSource(value = MessageState.class, names = { "ACCEPTED", "ASSIGNED" }, mode = EnumSource.Mode.EXCLUDE)
	void onlyAnAcceptedMessageIsAssignedOrAnswered(MessageState state) {
		refusedForState(() -> this.lifecycle.assign(state, this.editor, "单位"));
		refusedForState(() -> this.lifecycle.reply(state, this.editor, "答复"));
	}

	@ParameterizedTest
	@EnumSource(value = MessageState.class, names = { "REPLIED", "PRIVATE" }, mode = EnumSource.Mode.EXCLUDE)
	void onlyAnAnsweredMessageIsPublished(MessageState state) {
		refusedForState(() -> this.lifecycle.publish(state, this.reviewer));
	}

	@ParameterizedTest
	@EnumSource(value = MessageState.class, names = { "REPLIED", "PUBLISHED" }, mode = EnumSource.Mode.EXCLUDE)
	void onlyAnAnsweredOrPublishedMessageIsKeptPrivate(MessageState state) {
		refusedForState(() -> this.lifecycle.keepPrivate(state, this.reviewer, "理由"));
	}

	@Test
	void someoneWithoutARoleOnTheSiteMayDoNothing() {
		refused(() -> this.lifecycle.accept(SUBMITTED, this.nobody), InteractionRefusal.Kind.FORBIDDEN);
		refused(() -> this.lifecycle.reject(SUBMITTED, this.nobody, "x"), InteractionRefusal.Kind.FORBIDDEN);
		refused(() -> this.lifecycle.assign(ACCEPTED, this.nobody, "x"), InteractionRefusal.Kind.FORBIDDEN);
		refused(() -> this.lifecycle.reply(ACCEPTED, this.nobody, "x"), InteractionRefusal.Kind.FORBIDDEN);
	}

	@Test
	void anEditorAnswersButDoesNotDecideWhatThePublicSees() {
		refused(() -> this.lifecycle.publish(REPLIED, this.editor), InteractionRefusal.Kind.FORBIDDEN);
		refused(() -> this.lifecycle.keepPrivate(REPLIED, this.editor, "x"), InteractionRefusal.Kind.FORBIDDEN);
		Actor chief = new Actor("chief", EnumSet.of(Role.CHIEF));
		Actor admin = new Actor("admin", EnumSet.of(Role.SITE_ADMIN));
		assertThat(this.lifecycle.publish(REPLIED, chief).to()).isEqualTo(PUBLISHED);
		assertThat(this.lifecycle.publish(REPLIED, admin).to()).isEqualTo(PUBLISHED);
	}

	@Test
	void reasonsUnitsAndRepliesAreRequired() {
		InteractionRefusal noReason = refused(() -> this.lifecycle.reject(SUBMITTED, this.editor, "  "),
				InteractionRefusal.Kind.INVALID_INPUT);
		assertThat(noReason.field()).isEqualTo("reason");
		assertThat(noReason.zh()).contains("不予受理须说明理由");
		assertThat(
				refused(() -> this.lifecycle.assign(ACCEPTED, this.editor, null), InteractionRefusal.Kind.INVALID_INPUT)
					.field())
			.isEqualTo("unit");
		assertThat(refused(() -> this.lifecycle.assign(ACCEPTED, this.editor, "单".repeat(101)),
				InteractionRefusal.Kind.INVALID_INPUT)
			.field()).isEqualTo("unit");
		assertThat(refused(() -> this.lifecycle.reply(ACCEPTED, this.editor, ""), InteractionRefusal.Kind.INVALID_INPUT)
			.field()).isEqualTo("reply");
		assertThat(refused(() -> this.lifecycle.keepPrivate(REPLIED, this.reviewer, null),
				InteractionRefusal.Kind.INVALID_INPUT)
			.field()).isEqualTo("reason");
	}

	@Test
	void aStateRefusalSaysWhereTheMessageStands() {
		InteractionRefusal refusal = refused(() -> this.lifecycle.reply(REJECTED, this.editor, "答复"),
				InteractionRefusal.Kind.INVALID_STATE);
		assertThat(refusal.zh()).contains("不予受理").contains("答复");
	}

	private static void refusedForState(Runnable step) {
		refused(step::run, InteractionRefusal.Kind.INVALID_STATE);
	}

	private static InteractionRefusal refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable step,
			InteractionRefusal.Kind kind) {
		InteractionRefusal[] caught = new InteractionRefusal[1];
		assertThatThrownBy(step).isInstanceOfSatisfying(InteractionRefusal.class, refusal -> {
			assertThat(refusal.kind()).isEqualTo(kind);
			caught[0] = refusal;
		});
		return caught[0];
	}

}
