package cn.govsite.content.interaction.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.govsite.common.security.Role;
import cn.govsite.content.interaction.InteractionRefusal;
import cn.govsite.content.interaction.survey.SurveyRules.AnswerInput;
import cn.govsite.content.interaction.survey.SurveyRules.Checked;
import cn.govsite.content.interaction.survey.SurveyRules.Question;
import cn.govsite.content.interaction.survey.SurveyRules.QuestionSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The survey rules without Spring. */
class SurveyRulesTest {

	private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

	private final SurveyRules rules = new SurveyRules();

	private final List<Question> questions = List.of(new Question(1, QuestionKind.SINGLE, 3, true),
			new Question(2, QuestionKind.MULTIPLE, 4, true), new Question(3, QuestionKind.TEXT, 0, false));

	@Test
	void aValidResponseBecomesOneRowPerChoiceOrText() {
		List<Checked> checked = this.rules.answer(SurveyPhase.OPEN, true, false, this.questions,
				List.of(new AnswerInput(1L, List.of(2), null), new AnswerInput(2L, List.of(0, 3), null),
						new AnswerInput(3L, null, " 建议延长开放时间 ")),
				100);
		assertThat(checked).containsExactly(new Checked(1, 2, null), new Checked(2, 0, null), new Checked(2, 3, null),
				new Checked(3, null, "建议延长开放时间"));
	}

	@Test
	void badResponsesNameTheField() {
		assertField(List.of(new AnswerInput(1L, List.of(0, 1), null), new AnswerInput(2L, List.of(0), null)),
				"answers[0].options");
		assertField(List.of(new AnswerInput(1L, List.of(3), null), new AnswerInput(2L, List.of(0), null)),
				"answers[0].options");
		assertField(List.of(new AnswerInput(1L, List.of(0), null), new AnswerInput(2L, List.of(1, 1), null)),
				"answers[1].options");
		assertField(List.of(new AnswerInput(1L, List.of(0), null), new AnswerInput(2L, List.of(), null)),
				"answers[1].options");
		assertField(List.of(new AnswerInput(9L, List.of(0), null)), "answers[0].questionId");
		assertField(List.of(new AnswerInput(1L, List.of(0), null), new AnswerInput(1L, List.of(1), null)),
				"answers[1].questionId");
		assertField(List.of(new AnswerInput(1L, List.of(0), null)), "answers");
		assertField(List.of(new AnswerInput(1L, List.of(0), null), new AnswerInput(2L, List.of(0), null),
				new AnswerInput(3L, null, "长".repeat(101))), "answers[2].text");
		assertField(List.of(new AnswerInput(1L, List.of(0), null), new AnswerInput(2L, List.of(0), null),
				new AnswerInput(3L, List.of(0), "x")), "answers[2].options");
	}

	@Test
	void answersOnlyWhileOpenAndSignedInWhenRequired() {
		List<AnswerInput> ok = List.of(new AnswerInput(1L, List.of(0), null), new AnswerInput(2L, List.of(0), null));
		for (SurveyPhase phase : List.of(SurveyPhase.DRAFT, SurveyPhase.UPCOMING, SurveyPhase.CLOSED,
				SurveyPhase.FEEDBACK_PUBLISHED)) {
			assertKind(() -> this.rules.answer(phase, true, true, this.questions, ok, 100),
					InteractionRefusal.Kind.INVALID_STATE);
		}
		assertKind(() -> this.rules.answer(SurveyPhase.OPEN, false, false, this.questions, ok, 100),
				InteractionRefusal.Kind.FORBIDDEN);
		assertThat(this.rules.answer(SurveyPhase.OPEN, false, true, this.questions, ok, 100)).hasSize(2);
	}

	@Test
	void definitionsNeedQuestionsChoicesAndAPeriod() {
		Instant later = NOW.plusSeconds(3600);
		QuestionSpec single = new QuestionSpec(QuestionKind.SINGLE, "是否满意", List.of("满意", "不满意"), true);
		this.rules.checkDefinition("满意度调查", NOW, later, List.of(single));
		assertDefinition("", NOW, later, List.of(single), "title");
		assertDefinition("调查", later, NOW, List.of(single), "closesAt");
		assertDefinition("调查", NOW, later, List.of(), "questions");
		assertDefinition("调查", NOW, later, List.of(new QuestionSpec(QuestionKind.SINGLE, "一个选项", List.of("唯一"), true)),
				"questions[0].options");
		assertDefinition("调查", NOW, later,
				List.of(new QuestionSpec(QuestionKind.MULTIPLE, "重复", List.of("甲", "甲"), true)),
				"questions[0].options");
		assertDefinition("调查", NOW, later,
				List.of(single, new QuestionSpec(QuestionKind.TEXT, "意见", List.of("不该有"), false)),
				"questions[1].options");
		assertDefinition("调查", NOW, later, List.of(new QuestionSpec(QuestionKind.TEXT, " ", null, false)),
				"questions[0].text");
	}

	@Test
	void publicationAndFeedbackFollowTheLifecycle() {
		Set<Role> reviewer = Set.of(Role.REVIEWER);
		Set<Role> editor = Set.of(Role.EDITOR);
		this.rules.publish(SurveyState.DRAFT, reviewer, NOW.plusSeconds(60), NOW);
		assertKind(() -> this.rules.publish(SurveyState.DRAFT, editor, NOW.plusSeconds(60), NOW),
				InteractionRefusal.Kind.FORBIDDEN);
		assertKind(() -> this.rules.publish(SurveyState.PUBLISHED, reviewer, NOW.plusSeconds(60), NOW),
				InteractionRefusal.Kind.INVALID_STATE);
		assertKind(() -> this.rules.publish(SurveyState.DRAFT, reviewer, NOW.minusSeconds(60), NOW),
				InteractionRefusal.Kind.INVALID_INPUT);
		assertKind(() -> this.rules.edit(SurveyState.PUBLISHED), InteractionRefusal.Kind.INVALID_STATE);
		this.rules.edit(SurveyState.DRAFT);

		assertThat(this.rules.feedback(SurveyPhase.CLOSED, reviewer, " 采纳意见12条 ")).isEqualTo("采纳意见12条");
		assertKind(() -> this.rules.feedback(SurveyPhase.OPEN, reviewer, "x"), InteractionRefusal.Kind.INVALID_STATE);
		assertKind(() -> this.rules.feedback(SurveyPhase.FEEDBACK_PUBLISHED, reviewer, "x"),
				InteractionRefusal.Kind.INVALID_STATE);
		assertKind(() -> this.rules.feedback(SurveyPhase.CLOSED, editor, "x"), InteractionRefusal.Kind.FORBIDDEN);
		assertKind(() -> this.rules.feedback(SurveyPhase.CLOSED, reviewer, " "), InteractionRefusal.Kind.INVALID_INPUT);
	}

	@Test
	void feedbackIsDueOneMonthAfterTheClosingDayInChina() {
		ZoneId china = ZoneId.of("Asia/Shanghai");
		// 2026-01-31 20:00 UTC is 2026-02-01 04:00 in China: due 1 March; a close on 31
		// January
		// is due on the last day of February.
		assertThat(SurveyRules.feedbackDueOn(Instant.parse("2026-01-31T20:00:00Z"), china))
			.isEqualTo(LocalDate.parse("2026-03-01"));
		assertThat(SurveyRules.feedbackDueOn(Instant.parse("2026-01-31T10:00:00Z"), china))
			.isEqualTo(LocalDate.parse("2026-02-28"));
		assertThat(SurveyPhase.of(SurveyState.PUBLISHED, NOW, NOW.plusSeconds(10), NOW)).isEqualTo(SurveyPhase.OPEN);
		assertThat(SurveyPhase.of(SurveyState.PUBLISHED, NOW, NOW.plusSeconds(10), NOW.plusSeconds(10)))
			.isEqualTo(SurveyPhase.CLOSED);
		assertThat(SurveyPhase.of(SurveyState.PUBLISHED, NOW.plusSeconds(1), NOW.plusSeconds(10), NOW))
			.isEqualTo(SurveyPhase.UPCOMING);
	}

	private void assertField(List<AnswerInput> answers, String field) {
		assertThatThrownBy(() -> this.rules.answer(SurveyPhase.OPEN, true, false, this.questions, answers, 100))
			.isInstanceOfSatisfying(InteractionRefusal.class, r -> assertThat(r.field()).isEqualTo(field));
	}

	private void assertDefinition(String title, Instant opens, Instant closes, List<QuestionSpec> questions,
			String field) {
		assertThatThrownBy(() -> this.rules.checkDefinition(title, opens, closes, questions))
			.isInstanceOfSatisfying(InteractionRefusal.class, r -> assertThat(r.field()).isEqualTo(field));
	}

	private static void assertKind(org.assertj.core.api.ThrowableAssert.ThrowingCallable step,
			InteractionRefusal.Kind kind) {
		assertThatThrownBy(step).isInstanceOfSatisfying(InteractionRefusal.class,
				r -> assertThat(r.kind()).isEqualTo(kind));
	}

}
