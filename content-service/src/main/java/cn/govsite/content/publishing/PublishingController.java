package cn.govsite.content.publishing;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.data.LockConflicts;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.content.template.TemplateGuard;
import cn.govsite.content.template.TemplateService;

@RestController
class PublishingController {

	private final Publisher publisher;

	private final PublishingJobs jobs;

	private final TemplatePreview preview;

	PublishingController(Publisher publisher, PublishingJobs jobs, TemplatePreview preview) {
		this.publisher = publisher;
		this.jobs = jobs;
		this.preview = preview;
	}

	@PostMapping("/articles/{id}/publish")
	PublishResult publish(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return LockConflicts.retry(() -> this.publisher.publish(principal, id));
	}

	@PostMapping("/articles/{id}/withdraw")
	PublishResult withdraw(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody(required = false) WithdrawRequest request) {
		return LockConflicts
			.retry(() -> this.publisher.withdraw(principal, id, (request != null) ? request.opinion() : null));
	}

	/**
	 * Queues a re-rendering of every page of the site; follow it at the job's address.
	 */
	@PostMapping("/publishing/republish")
	@ResponseStatus(HttpStatus.ACCEPTED)
	PublishingJobs.JobView republish(@AuthenticationPrincipal GovsitePrincipal principal) {
		return this.jobs.republish(principal);
	}

	@GetMapping("/publishing/jobs")
	List<PublishingJobs.JobView> recentJobs(@AuthenticationPrincipal GovsitePrincipal principal,
			@RequestParam(defaultValue = "20") int limit) {
		return this.jobs.recent(principal, limit);
	}

	@GetMapping("/publishing/jobs/{id}")
	PublishingJobs.JobView job(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return this.jobs.get(principal, id);
	}

	@GetMapping("/publishing/tamper-alerts")
	List<PublishingJobs.AlertView> tamperAlerts(@AuthenticationPrincipal GovsitePrincipal principal) {
		return this.jobs.alerts(principal);
	}

	/**
	 * The page a template would render, as HTML, sandboxed by CSP so a preview opened
	 * from the console cannot script the API's origin.
	 */
	@PostMapping("/templates/{name}/preview")
	ResponseEntity<byte[]> preview(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable String name,
			@Valid @RequestBody PreviewRequest request) {
		byte[] html = this.preview.preview(principal, TemplateService.name(name), new TemplatePreview.Request(
				request.source(), request.version(), request.articleId(), request.columnId()));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(PageStore.HTML))
			.header("Content-Security-Policy", "sandbox")
			.header("Cache-Control", "no-store")
			.body(html);
	}

	/** Why the article is withdrawn (recorded in the audit). */
	record WithdrawRequest(@Size(max = 2000) String opinion) {

	}

	record PreviewRequest(@Size(max = TemplateGuard.MAX_CHARS) String source, Integer version, Long articleId,
			Long columnId) {

	}

}
