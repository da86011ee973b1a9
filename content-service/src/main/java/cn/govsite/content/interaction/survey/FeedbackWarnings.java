package cn.govsite.content.interaction.survey;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.govsite.common.event.Outbox;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.content.interaction.InteractionProperties;

/**
 * 反馈提醒 — for every site, a closed survey whose feedback is not yet published gets one
 * {@code SurveyFeedbackDueSoon} event when the due day is the configured number of days
 * away or nearer, and one {@code SurveyFeedbackOverdue} event once it has passed. The row
 * is marked in the event's transaction, guarded, so each goes out once.
 */
@Component
class FeedbackWarnings {

	private static final Logger log = LoggerFactory.getLogger(FeedbackWarnings.class);

	private static final int BATCH = 200;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Outbox outbox;

	private final InteractionProperties properties;

	private final Clock clock = Clock.systemUTC();

	FeedbackWarnings(JdbcTemplate jdbc, TransactionTemplate transactions, Outbox outbox,
			InteractionProperties properties) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.outbox = outbox;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${govsite.content.interaction.reminder-interval:PT5M}",
			initialDelayString = "${govsite.content.interaction.reminder-interval:PT5M}")
	void scheduled() {
		try {
			run();
		}
		catch (RuntimeException ex) {
			log.warn("Survey feedback warnings failed: {}", ex.toString());
		}
	}

	/** One round; returns how many events it recorded. */
	int run() {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, this.properties.zone());
		int sent = 0;
		// Plain JDBC: this read spans every site on purpose.
		for (Owed owed : owed("feedback_warned_at", now, today.plusDays(this.properties.feedbackWarnDays()))) {
			if (!owed.dueOn().isBefore(today)
					&& mark(owed, "feedback_warned_at", now, "SurveyFeedbackDueSoon", today)) {
				sent++;
			}
		}
		for (Owed owed : owed("feedback_overdue_at", now, today.minusDays(1))) {
			if (mark(owed, "feedback_overdue_at", now, "SurveyFeedbackOverdue", today)) {
				sent++;
			}
		}
		return sent;
	}

	private List<Owed> owed(String column, Instant now, LocalDate dueBy) {
		return this.jdbc.query("SELECT s.id, s.site_id, p.code, s.feedback_due_on FROM survey s "
				+ "JOIN site_profile p ON p.site_id = s.site_id WHERE s.state = 'PUBLISHED' AND s.closes_at <= ? AND s."
				+ column + " IS NULL AND s.feedback_due_on <= ? ORDER BY s.feedback_due_on LIMIT " + BATCH,
				(rs, row) -> new Owed(rs.getLong(1), new SiteRef(rs.getLong(2), rs.getString(3)),
						rs.getDate(4).toLocalDate()),
				Timestamp.from(now), Date.valueOf(dueBy));
	}

	private boolean mark(Owed owed, String column, Instant now, String event, LocalDate today) {
		Boolean marked = this.transactions.execute(status -> {
			int rows = this.jdbc.update("UPDATE survey SET " + column + " = ? WHERE id = ? AND site_id = ? AND "
					+ column + " IS NULL AND state = 'PUBLISHED'", Timestamp.from(now), owed.id(), owed.site().id());
			if (rows != 1) {
				return false;
			}
			this.outbox.record(event, owed.site(),
					Map.of("surveyId", owed.id(), "feedbackDueOn", owed.dueOn().toString(), "daysLeft",
							java.time.temporal.ChronoUnit.DAYS.between(today, owed.dueOn())));
			return true;
		});
		return Boolean.TRUE.equals(marked);
	}

	private record Owed(long id, SiteRef site, LocalDate dueOn) {

	}

}
