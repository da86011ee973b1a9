package cn.govsite.content.interaction.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.interaction.CitizenText;
import cn.govsite.content.interaction.InteractionProperties;
import cn.govsite.content.interaction.InteractionRefusal;
import cn.govsite.content.interaction.Staff;
import cn.govsite.content.interaction.SubmissionRateLimit;
import cn.govsite.content.interaction.survey.SurveyRules.AnswerInput;
import cn.govsite.content.interaction.survey.SurveyRules.Checked;
import cn.govsite.content.interaction.survey.SurveyRules.Question;
import cn.govsite.content.interaction.survey.SurveyRules.QuestionSpec;

/**
 * Surveys and opinion collections of the request's site: drafts, publication, one
 * response per person while open, results, and the feedback due a month after the close.
 */
@Service
public class SurveyService {

	static final int LIST_LIMIT = 200;

	static final int TEXTS_SHOWN = 500;

	private final SurveyRules rules = new SurveyRules();

	private final SurveyMapper surveys;

	private final SurveyQuestionMapper questions;

	private final SurveyResponseMapper responses;

	private final SurveyAnswerMapper answers;

	private final SubmissionRateLimit rateLimit;

	private final InteractionProperties properties;

	private final Clock clock = Clock.systemUTC();

	SurveyService(SurveyMapper surveys, SurveyQuestionMapper questions, SurveyResponseMapper responses,
			SurveyAnswerMapper answers, SubmissionRateLimit rateLimit, InteractionProperties properties) {
		this.surveys = surveys;
		this.questions = questions;
		this.responses = responses;
		this.answers = answers;
		this.rateLimit = rateLimit;
		this.properties = properties;
	}

	/** A survey as staff write it. */
	public record Definition(SurveyKind kind, String title, String description, Instant opensAt, Instant closesAt,
			boolean anonymousAllowed, List<QuestionSpec> questions) {

	}

	@Transactional
	public Survey create(GovsitePrincipal principal, Definition definition) {
		Staff.roles(principal);
		Definition clean = clean(definition);
		InteractionRefusal.decide(() -> {
			this.rules.checkDefinition(clean.title(), clean.opensAt(), clean.closesAt(), clean.questions());
			return null;
		});
		SiteRef site = TenantContext.require();
		Survey survey = new Survey();
		survey.setSiteId(site.id());
		survey.setState(SurveyState.DRAFT);
		survey.setCreatedBy(principal.username());
		survey.setCreatedAt(this.clock.instant());
		survey.setVersion(0);
		fill(survey, clean);
		this.surveys.insert(survey);
		insertQuestions(survey, clean.questions());
		return survey;
	}

	@Transactional
	public Survey update(GovsitePrincipal principal, long id, Definition definition) {
		Staff.roles(principal);
		Survey survey = require(id);
		InteractionRefusal.decide(() -> {
			this.rules.edit(survey.getState());
			return null;
		});
		Definition clean = clean(definition);
		InteractionRefusal.decide(() -> {
			this.rules.checkDefinition(clean.title(), clean.opensAt(), clean.closesAt(), clean.questions());
			return null;
		});
		fill(survey, clean);
		save(survey);
		this.questions.delete(Wrappers.<SurveyQuestion>lambdaQuery().eq(SurveyQuestion::getSurveyId, id));
		insertQuestions(survey, clean.questions());
		return survey;
	}

	@Transactional
	public Survey publish(GovsitePrincipal principal, long id) {
		Set<Role> roles = Staff.roles(principal);
		Survey survey = require(id);
		InteractionRefusal.decide(() -> {
			this.rules.publish(survey.getState(), roles, survey.getClosesAt(), this.clock.instant());
			return null;
		});
		survey.setState(SurveyState.PUBLISHED);
		save(survey);
		return survey;
	}

	@Transactional
	public Survey publishFeedback(GovsitePrincipal principal, long id, String feedback) {
		Set<Role> roles = Staff.roles(principal);
		Survey survey = require(id);
		String text = InteractionRefusal
			.decide(() -> this.rules.feedback(phase(survey), roles, CitizenText.clean(feedback)));
		if (text.length() > this.properties.maxBody() * 4) {
			throw GovsiteException.invalid("feedback", Message.of("反馈内容过长", "The feedback is too long"));
		}
		survey.setFeedback(text);
		survey.setFeedbackPublishedAt(this.clock.instant());
		survey.setState(SurveyState.FEEDBACK_PUBLISHED);
		save(survey);
		return survey;
	}

	@Transactional(readOnly = true)
	public List<Survey> list(GovsitePrincipal principal) {
		Staff.roles(principal);
		return this.surveys
			.selectList(Wrappers.<Survey>lambdaQuery().orderByDesc(Survey::getId).last("LIMIT " + LIST_LIMIT));
	}

	/** Closed surveys whose feedback is still owed, the most urgent first. */
	@Transactional(readOnly = true)
	public List<Survey> feedbackDue(GovsitePrincipal principal) {
		Staff.roles(principal);
		return this.surveys.selectList(Wrappers.<Survey>lambdaQuery()
			.eq(Survey::getState, SurveyState.PUBLISHED)
			.le(Survey::getClosesAt, this.clock.instant())
			.orderByAsc(Survey::getFeedbackDueOn)
			.last("LIMIT " + LIST_LIMIT));
	}

	@Transactional(readOnly = true)
	public Survey get(GovsitePrincipal principal, long id) {
		Staff.roles(principal);
		return require(id);
	}

	@Transactional(readOnly = true)
	public List<Survey> published() {
		return this.surveys.selectList(Wrappers.<Survey>lambdaQuery()
			.ne(Survey::getState, SurveyState.DRAFT)
			.orderByDesc(Survey::getOpensAt)
			.last("LIMIT " + LIST_LIMIT));
	}

	@Transactional(readOnly = true)
	public Survey publishedOne(long id) {
		Survey survey = this.surveys.selectById(id);
		if (survey == null || survey.getState() == SurveyState.DRAFT) {
			throw GovsiteException.notFound("调查", "Survey", id);
		}
		return survey;
	}

	@Transactional(readOnly = true)
	public List<SurveyQuestion> questions(long surveyId) {
		return this.questions.selectList(Wrappers.<SurveyQuestion>lambdaQuery()
			.eq(SurveyQuestion::getSurveyId, surveyId)
			.orderByAsc(SurveyQuestion::getPosition));
	}

	/**
	 * One person's response: the account when signed in, else the client address (so an
	 * office behind one address answers once unless people sign in; a survey that must
	 * count people exactly turns anonymous answers off).
	 */
	@Transactional
	public void respond(long id, List<AnswerInput> given, GovsitePrincipal principal, String client) {
		Survey survey = publishedOne(id);
		List<SurveyQuestion> stored = questions(id);
		List<Question> checkable = stored.stream()
			.map(q -> new Question(q.getId(), q.getKind(), options(q).size(), Boolean.TRUE.equals(q.getRequired())))
			.toList();
		List<AnswerInput> cleaned = (given != null) ? given.stream()
			.map(a -> new AnswerInput(a.questionId(), a.options(), CitizenText.clean(a.text())))
			.toList() : List.of();
		List<Checked> checked = InteractionRefusal
			.decide(() -> this.rules.answer(phase(survey), Boolean.TRUE.equals(survey.getAnonymousAllowed()),
					principal != null, checkable, cleaned, this.properties.maxBody()));
		SiteRef site = TenantContext.require();
		String respondent = (principal != null) ? "account:" + principal.subject() : "client:" + client;
		boolean already = this.responses.selectCount(Wrappers.<SurveyResponse>lambdaQuery()
			.eq(SurveyResponse::getSurveyId, id)
			.eq(SurveyResponse::getRespondentKey, respondent)) > 0;
		if (already) {
			throw answeredAlready();
		}
		this.rateLimit.take(site, client);
		SurveyResponse response = new SurveyResponse();
		response.setSiteId(site.id());
		response.setSurveyId(id);
		response.setRespondentKey(respondent);
		response.setCreatedAt(this.clock.instant());
		try {
			this.responses.insert(response);
		}
		catch (DuplicateKeyException ex) {
			throw answeredAlready();
		}
		for (Checked answer : checked) {
			SurveyAnswer row = new SurveyAnswer();
			row.setSiteId(site.id());
			row.setSurveyId(id);
			row.setResponseId(response.getId());
			row.setQuestionId(answer.questionId());
			row.setOptionIndex(answer.optionIndex());
			row.setText(answer.text());
			this.answers.insert(row);
		}
	}

	/**
	 * Per question: counts per option, or the number of texts (and the texts for staff).
	 */
	@Transactional(readOnly = true)
	public Results results(Survey survey, boolean withTexts) {
		long total = this.responses
			.selectCount(Wrappers.<SurveyResponse>lambdaQuery().eq(SurveyResponse::getSurveyId, survey.getId()));
		List<SurveyAnswer> all = this.answers
			.selectList(Wrappers.<SurveyAnswer>lambdaQuery().eq(SurveyAnswer::getSurveyId, survey.getId()));
		List<QuestionResult> results = new ArrayList<>();
		for (SurveyQuestion question : questions(survey.getId())) {
			List<SurveyAnswer> mine = all.stream().filter(a -> a.getQuestionId().equals(question.getId())).toList();
			Map<String, Long> counts = new LinkedHashMap<>();
			List<String> options = options(question);
			for (int i = 0; i < options.size(); i++) {
				int index = i;
				counts.put(options.get(i),
						mine.stream().filter(a -> a.getOptionIndex() != null && a.getOptionIndex() == index).count());
			}
			List<String> texts = (question.getKind() == QuestionKind.TEXT && withTexts)
					? mine.stream().map(SurveyAnswer::getText).limit(TEXTS_SHOWN).toList() : null;
			long answered = mine.stream().map(SurveyAnswer::getResponseId).distinct().count();
			results.add(new QuestionResult(question.getId(), question.getKind(), question.getText(), answered,
					counts.isEmpty() ? null : counts, texts));
		}
		return new Results(survey.getId(), total, results);
	}

	/** Results for the public: only once the survey has closed. */
	@Transactional(readOnly = true)
	public Results publicResults(long id) {
		Survey survey = publishedOne(id);
		SurveyPhase phase = phase(survey);
		if (phase != SurveyPhase.CLOSED && phase != SurveyPhase.FEEDBACK_PUBLISHED) {
			throw new GovsiteException(cn.govsite.common.error.ProblemType.INVALID_STATE,
					Message.of("调查结束后公布结果", "Results are shown after the survey closes"));
		}
		return results(survey, false);
	}

	public SurveyPhase phase(Survey survey) {
		return SurveyPhase.of(survey.getState(), survey.getOpensAt(), survey.getClosesAt(), this.clock.instant());
	}

	/** Calendar days until the feedback is due (negative once overdue). */
	public long feedbackDaysLeft(Survey survey) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.properties.zone());
		return java.time.temporal.ChronoUnit.DAYS.between(today, survey.getFeedbackDueOn());
	}

	static List<String> options(SurveyQuestion question) {
		String options = question.getOptions();
		return (options == null || options.isEmpty()) ? List.of() : Arrays.asList(options.split("\n"));
	}

	public record QuestionResult(long questionId, QuestionKind kind, String text, long answered,
			Map<String, Long> options, List<String> texts) {

	}

	public record Results(long surveyId, long responses, List<QuestionResult> questions) {

	}

	private static GovsiteException answeredAlready() {
		return GovsiteException.conflict(Message.of("您已参与过此调查，每人只能回答一次", "You have already answered this survey"));
	}

	private Definition clean(Definition d) {
		List<QuestionSpec> questions = (d.questions() != null) ? d.questions()
			.stream()
			.map(q -> new QuestionSpec(q.kind(), CitizenText.clean(q.text()),
					(q.options() != null) ? q.options().stream().map(CitizenText::clean).toList() : null, q.required()))
			.toList() : null;
		return new Definition(d.kind(), CitizenText.clean(d.title()), CitizenText.clean(d.description()), d.opensAt(),
				d.closesAt(), d.anonymousAllowed(), questions);
	}

	private void fill(Survey survey, Definition d) {
		survey.setKind(d.kind());
		survey.setTitle(d.title());
		survey.setDescription(d.description());
		survey.setOpensAt(d.opensAt());
		survey.setClosesAt(d.closesAt());
		survey.setAnonymousAllowed(d.anonymousAllowed());
		survey.setFeedbackDueOn(SurveyRules.feedbackDueOn(d.closesAt(), this.properties.zone()));
	}

	private void insertQuestions(Survey survey, List<QuestionSpec> specs) {
		for (int i = 0; i < specs.size(); i++) {
			QuestionSpec spec = specs.get(i);
			SurveyQuestion question = new SurveyQuestion();
			question.setSiteId(survey.getSiteId());
			question.setSurveyId(survey.getId());
			question.setPosition(i);
			question.setKind(spec.kind());
			question.setText(spec.text());
			question.setOptions((spec.kind() == QuestionKind.TEXT || spec.options() == null) ? null
					: String.join("\n", spec.options().stream().map(String::strip).toList()));
			question.setRequired(spec.required());
			this.questions.insert(question);
		}
	}

	private void save(Survey survey) {
		int version = survey.getVersion();
		survey.setVersion(version + 1);
		int updated = this.surveys.update(survey,
				Wrappers.<Survey>lambdaUpdate().eq(Survey::getId, survey.getId()).eq(Survey::getVersion, version));
		if (updated != 1) {
			throw GovsiteException
				.conflict(Message.of("调查已被他人修改，请刷新后重试", "Someone else changed the survey; reload and try again"));
		}
	}

	private Survey require(long id) {
		Survey survey = this.surveys.selectById(id);
		if (survey == null) {
			throw GovsiteException.notFound("调查", "Survey", id);
		}
		return survey;
	}

}
