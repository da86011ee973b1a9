package cn.govsite.content.interaction.mailbox;

import java.time.YearMonth;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.content.interaction.SubmissionRateLimit;
import cn.govsite.content.interaction.mailbox.MessageViews.MailboxView;
import cn.govsite.content.interaction.mailbox.MessageViews.PublicView;
import cn.govsite.content.interaction.mailbox.MessageViews.Receipt;
import cn.govsite.content.interaction.mailbox.MessageViews.WriterView;

/**
 * The citizens' side, under {@code /public} (no token needed; a citizen's token, when
 * sent, links the message to their account): write, look up by tracking code, list one's
 * own, read the published answers and the month's figures.
 */
@RestController
class PublicMailboxController {

	private final MailboxService mailboxes;

	private final MessageService messages;

	PublicMailboxController(MailboxService mailboxes, MessageService messages) {
		this.mailboxes = mailboxes;
		this.messages = messages;
	}

	@GetMapping("/public/mailboxes")
	List<MailboxView> mailboxes() {
		return this.mailboxes.all()
			.stream()
			.filter(m -> Boolean.TRUE.equals(m.getEnabled()))
			.map(MailboxView::of)
			.toList();
	}

	@PostMapping("/public/mailboxes/{code}/messages")
	@ResponseStatus(HttpStatus.CREATED)
	Receipt write(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable String code,
			@Valid @RequestBody WriteRequest request, HttpServletRequest http) {
		MessageService.Submission submission = new MessageService.Submission(request.title(), request.body(),
				request.name(), request.phone(), request.email());
		return Receipt.of(this.messages.submit(code, submission, principal, SubmissionRateLimit.client(http)));
	}

	@GetMapping("/public/mailbox-messages/track/{trackingCode}")
	WriterView track(@PathVariable String trackingCode) {
		return WriterView.of(this.messages.byTrackingCode(trackingCode));
	}

	@GetMapping("/public/my/mailbox-messages")
	List<WriterView> mine(@AuthenticationPrincipal GovsitePrincipal principal) {
		return this.messages.mine(principal).stream().map(WriterView::of).toList();
	}

	@GetMapping("/public/mailbox-messages")
	List<PublicView> published(@RequestParam(required = false) Long mailboxId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.messages.published(mailboxId, page, size).stream().map(PublicView::of).toList();
	}

	@GetMapping("/public/mailbox-messages/{id}")
	PublicView publishedOne(@PathVariable long id) {
		return PublicView.of(this.messages.publishedOne(id));
	}

	@GetMapping("/public/mailbox-stats")
	MonthlyStats stats(@RequestParam YearMonth month) {
		return this.messages.stats(month);
	}

	/**
	 * A message as a citizen writes it; the limits here bound the raw input, the service
	 * checks the text once markup is stripped.
	 */
	record WriteRequest(@NotNull @Size(max = 1_000) String title, @NotNull @Size(max = 20_000) String body,
			@Size(max = 200) String name, @Size(max = 100) String phone, @Size(max = 200) String email) {

	}

}
