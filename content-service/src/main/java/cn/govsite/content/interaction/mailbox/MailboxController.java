package cn.govsite.content.interaction.mailbox;

import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.content.interaction.Staff;
import cn.govsite.content.interaction.mailbox.MessageViews.MailboxView;
import cn.govsite.content.interaction.mailbox.MessageViews.StaffView;
import cn.govsite.content.interaction.mailbox.MessageViews.StepView;

/**
 * The staff's side of the mailboxes: configuration (site admin), the messages with their
 * steps, the overdue list and the month's figures.
 */
@RestController
class MailboxController {

	private final MailboxService mailboxes;

	private final MessageService messages;

	MailboxController(MailboxService mailboxes, MessageService messages) {
		this.mailboxes = mailboxes;
		this.messages = messages;
	}

	@GetMapping("/mailboxes")
	List<MailboxView> mailboxes(@AuthenticationPrincipal GovsitePrincipal principal) {
		Staff.roles(principal);
		return this.mailboxes.all().stream().map(MailboxView::of).toList();
	}

	@PostMapping("/mailboxes")
	@ResponseStatus(HttpStatus.CREATED)
	MailboxView create(@AuthenticationPrincipal GovsitePrincipal principal, @Valid @RequestBody CreateMailbox request) {
		Staff.requireSiteAdmin(principal);
		return MailboxView
			.of(this.mailboxes.create(request.code(), request.name(), request.deadlineDays(), request.remindDays()));
	}

	@PutMapping("/mailboxes/{id}")
	MailboxView update(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody UpdateMailbox request) {
		Staff.requireSiteAdmin(principal);
		return MailboxView.of(this.mailboxes.update(id, request.name(), request.deadlineDays(), request.remindDays(),
				request.enabled()));
	}

	@GetMapping("/mailbox-messages")
	List<StaffView> list(@AuthenticationPrincipal GovsitePrincipal principal,
			@RequestParam(required = false) MessageState state, @RequestParam(required = false) Long mailboxId) {
		return this.messages.list(principal, state, mailboxId).stream().map(this::view).toList();
	}

	@GetMapping("/mailbox-messages/overdue")
	List<StaffView> overdue(@AuthenticationPrincipal GovsitePrincipal principal) {
		return this.messages.overdue(principal).stream().map(this::view).toList();
	}

	@GetMapping("/mailbox-messages/{id}")
	StaffView get(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return view(this.messages.get(principal, id));
	}

	@GetMapping("/mailbox-messages/{id}/steps")
	List<StepView> steps(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return this.messages.history(principal, id).stream().map(StepView::of).toList();
	}

	@PostMapping("/mailbox-messages/{id}/accept")
	StaffView accept(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return view(this.messages.accept(principal, id));
	}

	@PostMapping("/mailbox-messages/{id}/reject")
	StaffView reject(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody ReasonRequest request) {
		return view(this.messages.reject(principal, id, request.reason()));
	}

	@PostMapping("/mailbox-messages/{id}/assign")
	StaffView assign(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody AssignRequest request) {
		return view(this.messages.assign(principal, id, request.unit()));
	}

	@PostMapping("/mailbox-messages/{id}/reply")
	StaffView reply(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody ReplyRequest request) {
		return view(this.messages.reply(principal, id, request.reply()));
	}

	@PostMapping("/mailbox-messages/{id}/publish")
	StaffView publish(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody(required = false) PublishRequest request) {
		PublishRequest wording = (request != null) ? request : new PublishRequest(null, null, null);
		return view(this.messages.publish(principal, id, wording.title(), wording.body(), wording.reply()));
	}

	@PostMapping("/mailbox-messages/{id}/keep-private")
	StaffView keepPrivate(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody ReasonRequest request) {
		return view(this.messages.keepPrivate(principal, id, request.reason()));
	}

	@GetMapping("/mailbox-stats")
	MonthlyStats stats(@AuthenticationPrincipal GovsitePrincipal principal, @RequestParam YearMonth month) {
		Staff.roles(principal);
		return this.messages.stats(month);
	}

	private StaffView view(MailboxMessage message) {
		return StaffView.of(message, this.messages);
	}

	record CreateMailbox(@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String code,
			@NotBlank @Size(max = 50) String name, @Min(1) @Max(60) Integer deadlineDays,
			@Min(0) @Max(59) Integer remindDays) {

	}

	record UpdateMailbox(@Size(min = 1, max = 50) String name, @Min(1) @Max(60) Integer deadlineDays,
			@Min(0) @Max(59) Integer remindDays, Boolean enabled) {

	}

	record ReasonRequest(@Size(max = 500) String reason) {

	}

	record AssignRequest(@Size(max = 100) String unit) {

	}

	record ReplyRequest(@NotNull @Size(max = 20_000) String reply) {

	}

	record PublishRequest(@Size(max = 200) String title, @Size(max = 20_000) String body,
			@Size(max = 20_000) String reply) {

	}

}
