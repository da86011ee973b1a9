package cn.govsite.content.interaction.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.govsite.common.security.Role;
import cn.govsite.content.interaction.InteractionRefusal;

/**
 * 网上调查与意见征集的规则 — plain Java, the service persists. A survey is written as a draft (at
 * least one question, choices for choice questions, a period that ends after it starts),
 * published by a reviewer, chief or site admin, answered only while open and once per
 * person, and after the close the feedback on the collected opinions is published; it is
 * due one month after the close (意见征集结束后一个月内反馈).
 */
public final class SurveyRules {

	static final int MAX_QUESTIONS = 50;

	static final int MAX_OPTIONS = 20;

	static final Set<Role> PUBLISHERS = Set.of(Role.SITE_ADMIN, Role.REVIEWER, Role.CHIEF);

	/** A question as written. */
	public record QuestionSpec(QuestionKind kind, String text, List<String> options, boolean required) {

	}

	/** One answer as a citizen sends it: the chosen option indexes, or a text. */
	public record AnswerInput(Long questionId, List<Integer> options, String text) {

	}

	/** A question as stored, for checking answers. */
	public record Question(long id, QuestionKind kind, int optionCount, boolean required) {

	}

	/** A checked answer: one row per chosen option, or one text. */
	public record Checked(long questionId, Integer optionIndex, String text) {

	}

	public void checkDefinition(String title, Instant opensAt, Instant closesAt, List<QuestionSpec> questions) {
		if (title == null || title.isBlank()) {
			throw InteractionRefusal.input("title", "标题不能为空", "The title must not be empty");
		}
		if (opensAt == null || closesAt == null || !closesAt.isAfter(opensAt)) {
			throw InteractionRefusal.input("closesAt", "结束时间须晚于开始时间", "The survey must close after it opens");
		}
		if (questions == null || questions.isEmpty()) {
			throw InteractionRefusal.input("questions", "至少需要一个问题", "At least one question is needed");
		}
		if (questions.size() > MAX_QUESTIONS) {
			throw InteractionRefusal.input("questions", "问题不超过" + MAX_QUESTIONS + "个",
					"At most " + MAX_QUESTIONS + " questions");
		}
		for (int i = 0; i < questions.size(); i++) {
			QuestionSpec question = questions.get(i);
			String field = "questions[" + i + "]";
			if (question.text() == null || question.text().isBlank()) {
				throw InteractionRefusal.input(field + ".text", "问题内容不能为空", "The question must not be empty");
			}
			List<String> options = (question.options() != null) ? question.options() : List.of();
			if (question.kind() == QuestionKind.TEXT) {
				if (!options.isEmpty()) {
					throw InteractionRefusal.input(field + ".options", "填空题没有选项", "A text question has no options");
				}
				continue;
			}
			if (options.size() < 2 || options.size() > MAX_OPTIONS) {
				throw InteractionRefusal.input(field + ".options", "选择题须有 2–" + MAX_OPTIONS + " 个选项",
						"A choice question needs 2 to " + MAX_OPTIONS + " options");
			}
			Set<String> seen = new HashSet<>();
			for (String option : options) {
				if (option == null || option.isBlank() || option.contains("\n") || !seen.add(option.strip())) {
					throw InteractionRefusal.input(field + ".options", "选项不能为空、重复或换行",
							"Options must be non-empty, distinct and on one line");
				}
			}
		}
	}

	/** Only a draft changes; published questions are what people answered. */
	public void edit(SurveyState state) {
		if (state != SurveyState.DRAFT) {
			throw InteractionRefusal.state("已发布的调查不能修改问题", "A published survey's questions cannot change");
		}
	}

	public void publish(SurveyState state, Set<Role> roles, Instant closesAt, Instant now) {
		requirePublisher(roles, "发布");
		if (state != SurveyState.DRAFT) {
			throw InteractionRefusal.state("调查已发布", "The survey is already published");
		}
		if (!closesAt.isAfter(now)) {
			throw InteractionRefusal.input("closesAt", "结束时间已过，请修改后发布", "The closing time has passed");
		}
	}

	/**
	 * Checks a response against the survey: open now, sign-in when required, every answer
	 * to one of its questions, choices in range, required questions answered.
	 */
	public List<Checked> answer(SurveyPhase phase, boolean anonymousAllowed, boolean signedIn, List<Question> questions,
			List<AnswerInput> answers, int maxText) {
		if (phase != SurveyPhase.OPEN) {
			throw InteractionRefusal.state(phase == SurveyPhase.UPCOMING ? "调查尚未开始" : "调查已结束，不再接受回答",
					"The survey is not open (" + phase + ")");
		}
		if (!anonymousAllowed && !signedIn) {
			throw InteractionRefusal.forbidden("此调查须登录后参与", "Sign in to answer this survey");
		}
		Map<Long, Question> byId = new HashMap<>();
		questions.forEach(q -> byId.put(q.id(), q));
		Set<Long> answered = new HashSet<>();
		List<Checked> checked = new ArrayList<>();
		List<AnswerInput> given = (answers != null) ? answers : List.of();
		for (int i = 0; i < given.size(); i++) {
			AnswerInput answer = given.get(i);
			String field = "answers[" + i + "]";
			Question question = (answer.questionId() != null) ? byId.get(answer.questionId()) : null;
			if (question == null) {
				throw InteractionRefusal.input(field + ".questionId", "不是本调查的问题", "Not a question of this survey");
			}
			if (!answered.add(question.id())) {
				throw InteractionRefusal.input(field + ".questionId", "同一问题只能回答一次", "One answer per question");
			}
			List<Integer> options = (answer.options() != null) ? answer.options() : List.of();
			switch (question.kind()) {
				case TEXT -> {
					String text = (answer.text() != null) ? answer.text().strip() : "";
					if (!options.isEmpty()) {
						throw InteractionRefusal.input(field + ".options", "填空题不选选项", "A text question takes text");
					}
					if (text.length() > maxText) {
						throw InteractionRefusal.input(field + ".text", "回答不超过" + maxText + "字",
								"At most " + maxText + " characters");
					}
					if (!text.isEmpty()) {
						checked.add(new Checked(question.id(), null, text));
					}
					else {
						answered.remove(question.id());
					}
				}
				case SINGLE, MULTIPLE -> {
					if (question.kind() == QuestionKind.SINGLE && options.size() != 1) {
						throw InteractionRefusal.input(field + ".options", "单选题须选且只选一项", "Choose exactly one option");
					}
					if (options.isEmpty() || new HashSet<>(options).size() != options.size()) {
						throw InteractionRefusal.input(field + ".options", "多选题至少选一项且不重复",
								"Choose at least one option, each once");
					}
					for (Integer option : options) {
						if (option == null || option < 0 || option >= question.optionCount()) {
							throw InteractionRefusal.input(field + ".options", "选项不存在", "No such option");
						}
						checked.add(new Checked(question.id(), option, null));
					}
				}
			}
		}
		for (Question question : questions) {
			if (question.required() && !answered.contains(question.id())) {
				throw InteractionRefusal.input("answers", "请回答所有必答题", "Answer every required question");
			}
		}
		return checked;
	}

	public String feedback(SurveyPhase phase, Set<Role> roles, String feedback) {
		requirePublisher(roles, "发布反馈");
		if (phase != SurveyPhase.CLOSED) {
			throw InteractionRefusal.state(
					phase == SurveyPhase.FEEDBACK_PUBLISHED ? "反馈已发布" : "调查结束后才能发布反馈（当前：" + phase.label() + "）",
					"Feedback follows the close; the survey is " + phase);
		}
		if (feedback == null || feedback.isBlank()) {
			throw InteractionRefusal.input("feedback", "反馈内容不能为空", "The feedback must not be empty");
		}
		return feedback.strip();
	}

	/** 一个月内反馈: the feedback is due one calendar month after the closing day. */
	public static LocalDate feedbackDueOn(Instant closesAt, ZoneId zone) {
		return LocalDate.ofInstant(closesAt, zone).plusMonths(1);
	}

	private static void requirePublisher(Set<Role> roles, String what) {
		if (PUBLISHERS.stream().noneMatch(roles::contains)) {
			throw InteractionRefusal.forbidden(what + "需要以下角色之一：site-admin, reviewer, chief",
					"Needs one of the roles site-admin, reviewer, chief");
		}
	}

}
