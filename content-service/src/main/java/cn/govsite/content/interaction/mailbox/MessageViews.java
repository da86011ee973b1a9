package cn.govsite.content.interaction.mailbox;

import java.time.Instant;
import java.time.LocalDate;

/** What the endpoints show of messages, to staff, to the writer and to the public. */
final class MessageViews {

	private MessageViews() {
	}

	/** Everything, for the site's staff. */
	record StaffView(long id, long mailboxId, String trackingCode, String title, String body, String writerName,
			String writerPhone, String writerEmail, boolean signedIn, MessageState state, String stateLabel,
			Instant receivedAt, LocalDate receivedOn, LocalDate dueOn, int deadlineDays, int workingDaysLeft,
			boolean overdue, int screeningHits, String unit, String reply, String repliedBy, Instant repliedAt,
			Integer answerDays, String publicTitle, String publicBody, String publicReply, Instant publishedAt,
			String closedReason, int version) {

		static StaffView of(MailboxMessage m, MessageService service) {
			int left = m.getState().open() ? service.workingDaysLeft(m) : 0;
			boolean overdue = m.getState().open() && m.getDueOn().isBefore(service.today());
			return new StaffView(m.getId(), m.getMailboxId(), m.getTrackingCode(), m.getTitle(), m.getBody(),
					m.getWriterName(), m.getWriterPhone(), m.getWriterEmail(), m.getCitizenSubject() != null,
					m.getState(), m.getState().label(), m.getReceivedAt(), m.getReceivedOn(), m.getDueOn(),
					m.getDeadlineDays(), left, overdue, m.getScreeningHits(), m.getUnit(), m.getReply(),
					m.getRepliedBy(), m.getRepliedAt(), m.getAnswerDays(), m.getPublicTitle(), m.getPublicBody(),
					m.getPublicReply(), m.getPublishedAt(), m.getClosedReason(), m.getVersion());
		}

	}

	/**
	 * The writer's view (by tracking code or account): their own text, the status, the
	 * deadline and the reply once there is one; never who handled it internally.
	 */
	record WriterView(String trackingCode, String title, String body, MessageState state, String stateLabel,
			Instant receivedAt, LocalDate dueOn, String reply, Instant repliedAt, String closedReason) {

		static WriterView of(MailboxMessage m) {
			boolean answered = m.getRepliedAt() != null;
			String reason = (m.getState() == MessageState.REJECTED) ? m.getClosedReason() : null;
			return new WriterView(m.getTrackingCode(), m.getTitle(), m.getBody(), m.getState(), m.getState().label(),
					m.getReceivedAt(), m.getDueOn(), answered ? m.getReply() : null, m.getRepliedAt(), reason);
		}

	}

	/** Receipt of a submission: the code is shown once, the writer keeps it. */
	record Receipt(String trackingCode, MessageState state, String stateLabel, LocalDate dueOn, int deadlineDays) {

		static Receipt of(MailboxMessage m) {
			return new Receipt(m.getTrackingCode(), m.getState(), m.getState().label(), m.getDueOn(),
					m.getDeadlineDays());
		}

	}

	/** A published message on the site: masked text only, no writer data. */
	record PublicView(long id, long mailboxId, String title, String body, String reply, String unit,
			LocalDate receivedOn, LocalDate repliedOn, Instant publishedAt) {

		static PublicView of(MailboxMessage m) {
			return new PublicView(m.getId(), m.getMailboxId(), m.getPublicTitle(), m.getPublicBody(),
					m.getPublicReply(), m.getUnit(), m.getReceivedOn(), m.getRepliedOn(), m.getPublishedAt());
		}

	}

	record StepView(long id, String actor, MessageAction action, MessageState fromState, MessageState toState,
			String note, Instant at) {

		static StepView of(MessageStep s) {
			return new StepView(s.getId(), s.getActor(), s.getAction(), s.getFromState(), s.getToState(), s.getNote(),
					s.getCreatedAt());
		}

	}

	record MailboxView(long id, String code, String name, int deadlineDays, int remindDays, boolean enabled) {

		static MailboxView of(Mailbox m) {
			return new MailboxView(m.getId(), m.getCode(), m.getName(), m.getDeadlineDays(), m.getRemindDays(),
					Boolean.TRUE.equals(m.getEnabled()));
		}

	}

}
