package cn.govsite.content.interaction.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.content.interaction.SubmissionRateLimit;
import cn.govsite.content.interaction.survey.SurveyRules.AnswerInput;
import cn.govsite.content.interaction.survey.SurveyRules.QuestionSpec;

/**
 * Surveys and opinion collections: the staff's endpoints ({@code /surveys}) and the
 * citizens' ({@code /public/surveys}).
 */
@RestController
class SurveyController {

	private final SurveyService surveys;

	SurveyController(SurveyService surveys) {
		this.surveys = surveys;
	}

	@PostMapping("/surveys")
	@ResponseStatus(HttpStatus.CREATED)
	SurveyView create(@AuthenticationPrincipal GovsitePrincipal principal, @Valid @RequestBody SurveyRequest request) {
		return view(this.surveys.create(principal, request.definition()), true);
	}

	@PutMapping("/surveys/{id}")
	SurveyView update(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody SurveyRequest request) {
		return view(this.surveys.update(principal, id, request.definition()), true);
	}

	@PostMapping("/surveys/{id}/publish")
	SurveyView publish(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return view(this.surveys.publish(principal, id), true);
	}

	@PostMapping("/surveys/{id}/feedback")
	SurveyView feedback(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody FeedbackRequest request) {
		return view(this.surveys.publishFeedback(principal, id, request.feedback()), true);
	}

	@GetMapping("/surveys")
	List<SurveyView> list(@AuthenticationPrincipal GovsitePrincipal principal) {
		return this.surveys.list(principal).stream().map(s -> view(s, false)).toList();
	}

	@GetMapping("/surveys/feedback-due")
	List<SurveyView> feedbackDue(@AuthenticationPrincipal GovsitePrincipal principal) {
		return this.surveys.feedbackDue(principal).stream().map(s -> view(s, false)).toList();
	}

	@GetMapping("/surveys/{id}")
	SurveyView get(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return view(this.surveys.get(principal, id), true);
	}

	@GetMapping("/surveys/{id}/results")
	SurveyService.Results results(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return this.surveys.results(this.surveys.get(principal, id), true);
	}

	@GetMapping("/public/surveys")
	List<SurveyView> published() {
		return this.surveys.published().stream().map(s -> view(s, false)).toList();
	}

	@GetMapping("/public/surveys/{id}")
	SurveyView publishedOne(@PathVariable long id) {
		return view(this.surveys.publishedOne(id), true);
	}

	@PostMapping("/public/surveys/{id}/responses")
	@ResponseStatus(HttpStatus.CREATED)
	void respond(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody ResponseRequest request, HttpServletRequest http) {
		this.surveys.respond(id, request.inputs(), principal, SubmissionRateLimit.client(http));
	}

	@GetMapping("/public/surveys/{id}/results")
	SurveyService.Results publicResults(@PathVariable long id) {
		return this.surveys.publicResults(id);
	}

	private SurveyView view(Survey s, boolean withQuestions) {
		SurveyPhase phase = this.surveys.phase(s);
		List<QuestionView> questions = withQuestions ? this.surveys.questions(s.getId())
			.stream()
			.map(q -> new QuestionView(q.getId(), q.getKind(), q.getText(), SurveyService.options(q),
					Boolean.TRUE.equals(q.getRequired())))
			.toList() : null;
		boolean owed = phase == SurveyPhase.CLOSED;
		Long daysLeft = owed ? this.surveys.feedbackDaysLeft(s) : null;
		return new SurveyView(s.getId(), s.getKind(), s.getTitle(), s.getDescription(), s.getOpensAt(), s.getClosesAt(),
				Boolean.TRUE.equals(s.getAnonymousAllowed()), s.getState(), phase, phase.label(), s.getFeedbackDueOn(),
				daysLeft, owed && daysLeft < 0, s.getFeedback(), s.getFeedbackPublishedAt(), questions);
	}

	record SurveyView(long id, SurveyKind kind, String title, String description, Instant opensAt, Instant closesAt,
			boolean anonymousAllowed, SurveyState state, SurveyPhase phase, String phaseLabel, LocalDate feedbackDueOn,
			Long feedbackDaysLeft, boolean feedbackOverdue, String feedback, Instant feedbackPublishedAt,
			List<QuestionView> questions) {

	}

	record QuestionView(long id, QuestionKind kind, String text, List<String> options, boolean required) {

	}

	record SurveyRequest(@NotNull SurveyKind kind, @NotBlank @Size(max = 100) String title,
			@Size(max = 5000) String description, @NotNull Instant opensAt, @NotNull Instant closesAt,
			Boolean anonymousAllowed,
			@NotNull @Size(min = 1, max = 50) List<@Valid @NotNull QuestionRequest> questions) {

		SurveyService.Definition definition() {
			return new SurveyService.Definition(this.kind, this.title, this.description, this.opensAt, this.closesAt,
					!Boolean.FALSE.equals(this.anonymousAllowed),
					this.questions.stream().map(QuestionRequest::spec).toList());
		}

	}

	record QuestionRequest(@NotNull QuestionKind kind, @NotBlank @Size(max = 500) String text,
			@Size(max = 20) List<@Size(max = 200) String> options, Boolean required) {

		QuestionSpec spec() {
			return new QuestionSpec(this.kind, this.text, this.options, !Boolean.FALSE.equals(this.required));
		}

	}

	record FeedbackRequest(@Size(max = 20_000) String feedback) {

	}

	record ResponseRequest(@NotNull @Size(max = 50) List<@Valid @NotNull AnswerRequest> answers) {

		List<AnswerInput> inputs() {
			return this.answers.stream().map(a -> new AnswerInput(a.questionId(), a.options(), a.text())).toList();
		}

	}

	record AnswerRequest(@NotNull Long questionId, @Size(max = 20) List<Integer> options,
			@Size(max = 20_000) String text) {

	}

}
