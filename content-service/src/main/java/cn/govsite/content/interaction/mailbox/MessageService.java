package cn.govsite.content.interaction.mailbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.event.Outbox;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.calendar.Deadline;
import cn.govsite.content.calendar.WorkingDays;
import cn.govsite.content.check.CheckService;
import cn.govsite.content.check.CheckedText;
import cn.govsite.content.check.Finding;
import cn.govsite.content.check.SensitiveWordChecker;
import cn.govsite.content.interaction.CitizenText;
import cn.govsite.content.interaction.InteractionProperties;
import cn.govsite.content.interaction.InteractionRefusal;
import cn.govsite.content.interaction.PersonalDataMasker;
import cn.govsite.content.interaction.Staff;
import cn.govsite.content.interaction.SubmissionRateLimit;
import cn.govsite.content.interaction.mailbox.MessageLifecycle.Actor;
import cn.govsite.content.interaction.mailbox.MessageLifecycle.Step;
import cn.govsite.content.site.SiteDirectory;

/**
 * Carries out the mailbox rules on the request's site: a citizen's message in (cleaned,
 * screened, rate-limited, its deadline counted in working days), the staff's steps with
 * their audit in one transaction, publication with personal data masked and sensitive
 * words refused, and the month's figures.
 */
@Service
public class MessageService {

	static final int MAX_REPLY = 10_000;

	static final int LIST_LIMIT = 200;

	private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,30}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,100}\\.[A-Za-z]{2,}");

	private final MessageLifecycle lifecycle = new MessageLifecycle();

	private final PersonalDataMasker masker = new PersonalDataMasker();

	private final SensitiveWordChecker sensitiveWords = SensitiveWordChecker.platform();

	private final MailboxService mailboxes;

	private final MailboxMessageMapper messages;

	private final MessageStepMapper steps;

	private final WorkingDays workingDays;

	private final SubmissionRateLimit rateLimit;

	private final Outbox outbox;

	private final SiteDirectory sites;

	private final TransactionTemplate transactions;

	private final InteractionProperties properties;

	private final Clock clock = Clock.systemUTC();

	MessageService(MailboxService mailboxes, MailboxMessageMapper messages, MessageStepMapper steps,
			WorkingDays workingDays, SubmissionRateLimit rateLimit, Outbox outbox, SiteDirectory sites,
			TransactionTemplate transactions, InteractionProperties properties) {
		this.mailboxes = mailboxes;
		this.messages = messages;
		this.steps = steps;
		this.workingDays = workingDays;
		this.rateLimit = rateLimit;
		this.outbox = outbox;
		this.sites = sites;
		this.transactions = transactions;
		this.properties = properties;
	}

	/** What a citizen writes; contact details are optional and never published. */
	public record Submission(String title, String body, String name, String phone, String email) {

	}

	/**
	 * A citizen's message in. The site's replica is made sure of first, outside the
	 * transaction (it may ask tenant-service): the deadline reminders find a message's
	 * site there.
	 */
	public MailboxMessage submit(String mailboxCode, Submission submission, GovsitePrincipal principal, String client) {
		SiteRef site = TenantContext.require();
		this.sites.require(site);
		return this.transactions.execute(status -> store(site, mailboxCode, submission, principal, client));
	}

	private MailboxMessage store(SiteRef site, String mailboxCode, Submission submission, GovsitePrincipal principal,
			String client) {
		Mailbox mailbox = this.mailboxes.byCode(mailboxCode);
		if (!Boolean.TRUE.equals(mailbox.getEnabled())) {
			throw new GovsiteException(cn.govsite.common.error.ProblemType.INVALID_STATE,
					Message.of("该信箱已停止受理来信", "This mailbox no longer takes messages"));
		}
		String title = requireText("title", CitizenText.clean(submission.title()), this.properties.maxTitle(), "标题");
		String body = requireText("body", CitizenText.clean(submission.body()), this.properties.maxBody(), "内容");
		String name = optional("name", CitizenText.clean(submission.name()), 50);
		String phone = optional("phone", CitizenText.clean(submission.phone()), 30);
		String email = optional("email", CitizenText.clean(submission.email()), 100);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			throw GovsiteException.invalid("phone", Message.of("联系电话格式不正确", "Not a phone number"));
		}
		if (email != null && !EMAIL.matcher(email).matches()) {
			throw GovsiteException.invalid("email", Message.of("电子邮箱格式不正确", "Not an e-mail address"));
		}
		// Counted after validation: a typo in the form does not use up the allowance.
		this.rateLimit.take(site, client);

		Instant now = this.clock.instant();
		LocalDate receivedOn = Deadline.receivedOn(now, this.properties.zone());
		MailboxMessage message = new MailboxMessage();
		message.setSiteId(site.id());
		message.setMailboxId(mailbox.getId());
		message.setTrackingCode(TrackingCodes.next());
		message.setCitizenSubject((principal != null) ? principal.subject() : null);
		message.setWriterName(name);
		message.setWriterPhone(phone);
		message.setWriterEmail(email);
		message.setTitle(title);
		message.setBody(body);
		message.setState(MessageState.SUBMITTED);
		message.setReceivedAt(now);
		message.setReceivedOn(receivedOn);
		message.setDeadlineDays(mailbox.getDeadlineDays());
		message.setDueOn(Deadline.dueOn(this.workingDays, now, mailbox.getDeadlineDays(), this.properties.zone()));
		// Screened on receipt so staff see it at once; it is refused again at
		// publication.
		message.setScreeningHits(screen(title, body).size());
		message.setClientKey(client);
		message.setVersion(0);
		this.messages.insert(message);
		audit(message, MessageAction.SUBMIT, null, MessageState.SUBMITTED,
				(principal != null) ? principal.username() : "anonymous", null);
		this.outbox.record("MailboxMessageReceived", site, Map.of("messageId", message.getId(), "mailbox",
				mailbox.getCode(), "dueOn", message.getDueOn().toString()));
		return message;
	}

	/** The writer's view by tracking code; a malformed or unknown code is not found. */
	@Transactional(readOnly = true)
	public MailboxMessage byTrackingCode(String code) {
		String normalized = (code != null) ? code.strip().toUpperCase(java.util.Locale.ROOT) : null;
		MailboxMessage message = TrackingCodes.wellFormed(normalized) ? this.messages
			.selectOne(Wrappers.<MailboxMessage>lambdaQuery().eq(MailboxMessage::getTrackingCode, normalized)) : null;
		if (message == null) {
			throw GovsiteException.notFound("来信", "Message", "(查询码 / tracking code)");
		}
		return message;
	}

	/** A signed-in citizen's own messages on the site. */
	@Transactional(readOnly = true)
	public List<MailboxMessage> mine(GovsitePrincipal principal) {
		Staff.requireSignedIn(principal);
		return this.messages.selectList(Wrappers.<MailboxMessage>lambdaQuery()
			.eq(MailboxMessage::getCitizenSubject, principal.subject())
			.orderByDesc(MailboxMessage::getId)
			.last("LIMIT " + LIST_LIMIT));
	}

	@Transactional(readOnly = true)
	public List<MailboxMessage> list(GovsitePrincipal principal, MessageState state, Long mailboxId) {
		Staff.roles(principal);
		LambdaQueryWrapper<MailboxMessage> query = Wrappers.<MailboxMessage>lambdaQuery()
			.eq(state != null, MailboxMessage::getState, state)
			.eq(mailboxId != null, MailboxMessage::getMailboxId, mailboxId)
			.orderByDesc(MailboxMessage::getId)
			.last("LIMIT " + LIST_LIMIT);
		return this.messages.selectList(query);
	}

	/** 超期 — messages still owed an answer after their deadline day, oldest first. */
	@Transactional(readOnly = true)
	public List<MailboxMessage> overdue(GovsitePrincipal principal) {
		Staff.roles(principal);
		return this.messages.selectList(Wrappers.<MailboxMessage>lambdaQuery()
			.in(MailboxMessage::getState, openStates())
			.lt(MailboxMessage::getDueOn, today())
			.orderByAsc(MailboxMessage::getDueOn)
			.last("LIMIT " + LIST_LIMIT));
	}

	@Transactional(readOnly = true)
	public MailboxMessage get(GovsitePrincipal principal, long id) {
		Staff.roles(principal);
		return require(id);
	}

	@Transactional(readOnly = true)
	public List<MessageStep> history(GovsitePrincipal principal, long id) {
		Staff.roles(principal);
		require(id);
		return this.steps.selectList(
				Wrappers.<MessageStep>lambdaQuery().eq(MessageStep::getMessageId, id).orderByAsc(MessageStep::getId));
	}

	@Transactional
	public MailboxMessage accept(GovsitePrincipal principal, long id) {
		Actor actor = actor(principal);
		MailboxMessage message = require(id);
		return apply(message, InteractionRefusal.decide(() -> this.lifecycle.accept(message.getState(), actor)), actor);
	}

	@Transactional
	public MailboxMessage reject(GovsitePrincipal principal, long id, String reason) {
		Actor actor = actor(principal);
		MailboxMessage message = require(id);
		Step step = InteractionRefusal.decide(() -> this.lifecycle.reject(message.getState(), actor, reason));
		message.setClosedReason(step.note());
		return apply(message, step, actor);
	}

	@Transactional
	public MailboxMessage assign(GovsitePrincipal principal, long id, String unit) {
		Actor actor = actor(principal);
		MailboxMessage message = require(id);
		Step step = InteractionRefusal.decide(() -> this.lifecycle.assign(message.getState(), actor, unit));
		message.setUnit(step.note());
		return apply(message, step, actor);
	}

	@Transactional
	public MailboxMessage reply(GovsitePrincipal principal, long id, String reply) {
		Actor actor = actor(principal);
		MailboxMessage message = require(id);
		String text = CitizenText.clean(reply);
		Step step = InteractionRefusal.decide(() -> this.lifecycle.reply(message.getState(), actor, text));
		if (text.length() > MAX_REPLY) {
			throw GovsiteException.invalid("reply",
					Message.of("答复不超过" + MAX_REPLY + "字", "The reply is at most " + MAX_REPLY + " characters"));
		}
		Instant now = this.clock.instant();
		LocalDate repliedOn = LocalDate.ofInstant(now, this.properties.zone());
		message.setReply(text);
		message.setRepliedBy(actor.username());
		message.setRepliedAt(now);
		message.setRepliedOn(repliedOn);
		message.setAnswerDays(this.workingDays.workingDaysBetween(message.getReceivedOn(), repliedOn));
		MailboxMessage replied = apply(message, step, actor);
		this.outbox.record("MailboxMessageReplied", TenantContext.require(), Map.of("messageId", message.getId(),
				"onTime", !repliedOn.isAfter(message.getDueOn()), "answerDays", message.getAnswerDays()));
		return replied;
	}

	/**
	 * 公开 — the message and reply go on the site with personal data masked; staff may give
	 * the public wording (e.g. shortened), which is masked too. Sensitive words in what
	 * would be shown refuse the step (422) with where they are.
	 */
	@Transactional
	public MailboxMessage publish(GovsitePrincipal principal, long id, String title, String body, String reply) {
		Actor actor = actor(principal);
		MailboxMessage message = require(id);
		Step step = InteractionRefusal.decide(() -> this.lifecycle.publish(message.getState(), actor));
		String publicTitle = this.masker.mask(pick(title, message.getTitle()));
		String publicBody = this.masker.mask(pick(body, message.getBody()));
		String publicReply = this.masker.mask(pick(reply, message.getReply()));
		List<FieldViolation> violations = new ArrayList<>();
		for (Finding finding : screen(publicTitle, publicBody)) {
			violations.add(violation(finding.field(), finding));
		}
		for (Finding finding : screen("", publicReply)) {
			violations.add(violation("reply", finding));
		}
		if (!violations.isEmpty()) {
			throw new GovsiteException(CheckService.CHECK_FAILED,
					Message.of("公开内容含敏感词，请修改公开文本或设为不公开", "Sensitive words in what would be published"), violations);
		}
		message.setPublicTitle(publicTitle);
		message.setPublicBody(publicBody);
		message.setPublicReply(publicReply);
		message.setPublishedAt(this.clock.instant());
		return apply(message, step, actor);
	}

	@Transactional
	public MailboxMessage keepPrivate(GovsitePrincipal principal, long id, String reason) {
		Actor actor = actor(principal);
		MailboxMessage message = require(id);
		Step step = InteractionRefusal.decide(() -> this.lifecycle.keepPrivate(message.getState(), actor, reason));
		message.setClosedReason(step.note());
		return apply(message, step, actor);
	}

	/** The published messages of the site, newest first. */
	@Transactional(readOnly = true)
	public List<MailboxMessage> published(Long mailboxId, int page, int size) {
		return this.messages.selectList(Wrappers.<MailboxMessage>lambdaQuery()
			.eq(MailboxMessage::getState, MessageState.PUBLISHED)
			.eq(mailboxId != null, MailboxMessage::getMailboxId, mailboxId)
			.orderByDesc(MailboxMessage::getPublishedAt)
			.last("LIMIT " + size + " OFFSET " + ((long) page * size)));
	}

	@Transactional(readOnly = true)
	public MailboxMessage publishedOne(long id) {
		MailboxMessage message = this.messages.selectById(id);
		if (message == null || message.getState() != MessageState.PUBLISHED) {
			throw GovsiteException.notFound("来信", "Message", id);
		}
		return message;
	}

	/** The month's figures of the request's site, by day of receipt. */
	@Transactional(readOnly = true)
	public MonthlyStats stats(YearMonth month) {
		List<MonthlyStats.Row> rows = this.messages
			.selectList(Wrappers.<MailboxMessage>lambdaQuery()
				.select(MailboxMessage::getState, MailboxMessage::getDueOn, MailboxMessage::getRepliedOn,
						MailboxMessage::getAnswerDays)
				.ge(MailboxMessage::getReceivedOn, month.atDay(1))
				.le(MailboxMessage::getReceivedOn, month.atEndOfMonth()))
			.stream()
			.map(m -> new MonthlyStats.Row(m.getState(), m.getDueOn(), m.getRepliedOn(), m.getAnswerDays()))
			.toList();
		return MonthlyStats.of(month, rows, today());
	}

	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.properties.zone());
	}

	/** Working days left until the deadline day (negative once overdue). */
	public int workingDaysLeft(MailboxMessage message) {
		LocalDate today = today();
		if (message.getDueOn().isBefore(today)) {
			return -this.workingDays.workingDaysBetween(message.getDueOn(), today);
		}
		return this.workingDays.workingDaysBetween(today, message.getDueOn());
	}

	static List<MessageState> openStates() {
		return java.util.Arrays.stream(MessageState.values()).filter(MessageState::open).toList();
	}

	private MailboxMessage apply(MailboxMessage message, Step step, Actor actor) {
		int version = message.getVersion();
		message.setState(step.to());
		message.setVersion(version + 1);
		int updated = this.messages.update(message,
				Wrappers.<MailboxMessage>lambdaUpdate()
					.eq(MailboxMessage::getId, message.getId())
					.eq(MailboxMessage::getVersion, version));
		if (updated != 1) {
			throw GovsiteException
				.conflict(Message.of("来信已被他人处理，请刷新后重试", "Someone else changed the message; reload and try again"));
		}
		audit(message, step.action(), step.from(), step.to(), actor.username(), step.note());
		return message;
	}

	private void audit(MailboxMessage message, MessageAction action, MessageState from, MessageState to, String by,
			String note) {
		MessageStep step = new MessageStep();
		step.setSiteId(message.getSiteId());
		step.setMessageId(message.getId());
		step.setActor(by);
		step.setAction(action);
		step.setFromState(from);
		step.setToState(to);
		step.setNote(note);
		step.setCreatedAt(this.clock.instant());
		this.steps.insert(step);
	}

	private MailboxMessage require(long id) {
		MailboxMessage message = this.messages.selectById(id);
		if (message == null) {
			throw GovsiteException.notFound("来信", "Message", id);
		}
		return message;
	}

	private static Actor actor(GovsitePrincipal principal) {
		Set<Role> roles = Staff.roles(principal);
		return new Actor(principal.username(), roles);
	}

	private List<Finding> screen(String title, String body) {
		return this.sensitiveWords.check(new CheckedText(title, body)).stream().filter(Finding::blocking).toList();
	}

	private static FieldViolation violation(String field, Finding finding) {
		return new FieldViolation(field, Message.of(
				"“" + finding.matched() + "”（" + finding.start() + "-" + finding.end() + "）：" + finding.explanationZh(),
				finding.explanationEn()));
	}

	private static String pick(String override, String original) {
		String cleaned = CitizenText.clean(override);
		return (cleaned == null || cleaned.isEmpty()) ? original : cleaned;
	}

	private static String requireText(String field, String text, int max, String zhName) {
		if (text == null || text.isEmpty()) {
			throw GovsiteException.invalid(field, Message.of(zhName + "不能为空", "Must not be empty"));
		}
		if (text.length() > max) {
			throw GovsiteException.invalid(field,
					Message.of(zhName + "不超过" + max + "字", "At most " + max + " characters"));
		}
		return text;
	}

	private static String optional(String field, String text, int max) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		if (text.length() > max) {
			throw GovsiteException.invalid(field, Message.of("不超过" + max + "字", "At most " + max + " characters"));
		}
		return text;
	}

}
