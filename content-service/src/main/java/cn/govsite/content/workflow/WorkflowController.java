package cn.govsite.content.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import tools.jackson.databind.JsonNode;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.data.LockConflicts;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.content.article.ArticleContent;
import cn.govsite.content.article.ArticleView;
import cn.govsite.content.item.ResourceRef;
import cn.govsite.content.item.TypedInput;

/**
 * The review workflow's endpoints: edit, submit, approve, reject, history, queue. A step
 * that loses a deadlock to concurrent steps of the same site runs again
 * ({@link LockConflicts}).
 */
@RestController
class WorkflowController {

	private final WorkflowService workflow;

	private final VersionService versions;

	WorkflowController(WorkflowService workflow, VersionService versions) {
		this.workflow = workflow;
		this.versions = versions;
	}

	@PutMapping("/articles/{id}")
	ArticleView edit(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody EditRequest request) {
		return ArticleView
			.of(LockConflicts.retry(() -> this.workflow.edit(principal, id, request.content(), request.version())));
	}

	@PostMapping("/articles/{id}/submit")
	ArticleView submit(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody(required = false) OpinionRequest request) {
		return ArticleView
			.of(LockConflicts.retry(() -> this.workflow.submit(principal, id, OpinionRequest.text(request))));
	}

	@PostMapping("/articles/{id}/approve")
	ArticleView approve(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody(required = false) OpinionRequest request) {
		return ArticleView
			.of(LockConflicts.retry(() -> this.workflow.approve(principal, id, OpinionRequest.text(request))));
	}

	@PostMapping("/articles/{id}/reject")
	ArticleView reject(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody(required = false) OpinionRequest request) {
		return ArticleView
			.of(LockConflicts.retry(() -> this.workflow.reject(principal, id, OpinionRequest.text(request))));
	}

	@GetMapping("/articles/{id}/reviews")
	List<ReviewView> reviews(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return this.workflow.history(principal, id).stream().map(ReviewView::of).toList();
	}

	@GetMapping("/review-queue")
	List<ArticleView> queue(@AuthenticationPrincipal GovsitePrincipal principal) {
		return this.workflow.queue(principal).stream().map(ArticleView::of).toList();
	}

	@GetMapping("/articles/{id}/versions")
	List<VersionService.VersionView> versions(@AuthenticationPrincipal GovsitePrincipal principal,
			@PathVariable long id) {
		return this.versions.list(principal, id);
	}

	@GetMapping("/articles/{id}/versions/diff")
	VersionDiff.Result diff(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@RequestParam @Positive int from, @RequestParam @Positive int to) {
		return this.versions.diff(principal, id, from, to);
	}

	/**
	 * An edit; {@code version} (optional) is the version the editor read. The type cannot
	 * change; type fields, attachments or date left out stay as they are.
	 */
	record EditRequest(@NotBlank @Size(max = 80) String title, @NotBlank @Size(max = 200_000) String body,
			@Size(max = 100) String source, Boolean major, Instant publishAt, @Positive Integer version,
			@Size(max = 30) String type, JsonNode fields, @Size(max = 50) List<ResourceRef> attachments,
			LocalDate occurredOn) {

		ArticleContent content() {
			return new ArticleContent(this.title, this.body, this.source, Boolean.TRUE.equals(this.major),
					this.publishAt, new TypedInput(this.type, this.fields, this.attachments, this.occurredOn));
		}

	}

	/** A review opinion (审核意见); required when rejecting. */
	record OpinionRequest(@Size(max = 2000) String opinion) {

		static String text(OpinionRequest request) {
			return (request != null) ? request.opinion() : null;
		}

	}

	/** One audited step. */
	record ReviewView(long id, String actor, String role, ReviewAction action, String fromState, String toState,
			String opinion, Instant at) {

		static ReviewView of(ArticleReview review) {
			return new ReviewView(review.getId(), review.getActor(), review.getActorRole(), review.getAction(),
					review.getFromState(), review.getToState(), review.getOpinion(), review.getCreatedAt());
		}

	}

}
