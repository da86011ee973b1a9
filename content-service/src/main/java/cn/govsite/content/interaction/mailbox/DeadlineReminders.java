package cn.govsite.content.interaction.mailbox;

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
import cn.govsite.content.calendar.WorkingDays;
import cn.govsite.content.interaction.InteractionProperties;

/**
 * 到期提醒 — for every site, messages still owed an answer get one
 * {@code MailboxMessageDueSoon} event when their deadline is the mailbox's reminder
 * working days away or nearer, and one {@code MailboxMessageOverdue} event once the
 * deadline day has passed; notification services consume them. The row is marked in the
 * same transaction as the event (guarded, so two replicas never send one twice).
 */
@Component
class DeadlineReminders {

	private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

	private static final int BATCH = 200;

	private static final String OPEN = "('SUBMITTED','ACCEPTED','ASSIGNED')";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Outbox outbox;

	private final WorkingDays workingDays;

	private final InteractionProperties properties;

	private final Clock clock = Clock.systemUTC();

	DeadlineReminders(JdbcTemplate jdbc, TransactionTemplate transactions, Outbox outbox, WorkingDays workingDays,
			InteractionProperties properties) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.outbox = outbox;
		this.workingDays = workingDays;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${govsite.content.interaction.reminder-interval:PT5M}",
			initialDelayString = "${govsite.content.interaction.reminder-interval:PT5M}")
	void scheduled() {
		try {
			run();
		}
		catch (RuntimeException ex) {
			log.warn("Mailbox deadline reminders failed: {}", ex.toString());
		}
	}

	/** One round; returns how many events it recorded. */
	int run() {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, this.properties.zone());
		int sent = 0;
		// Plain JDBC: this read spans every site on purpose. A calendar week ahead covers
		// any reminder of up to 5 working days.
		List<Due> dueSoon = this.jdbc.query("SELECT m.id, m.site_id, p.code, m.due_on, b.remind_days "
				+ "FROM mailbox_message m JOIN mailbox b ON b.id = m.mailbox_id "
				+ "JOIN site_profile p ON p.site_id = m.site_id WHERE m.state IN " + OPEN
				+ " AND m.reminded_at IS NULL AND m.due_on >= ? AND m.due_on <= ? ORDER BY m.due_on LIMIT " + BATCH,
				(rs, row) -> new Due(rs.getLong(1), new SiteRef(rs.getLong(2), rs.getString(3)),
						rs.getDate(4).toLocalDate(), rs.getInt(5)),
				Date.valueOf(today), Date.valueOf(today.plusDays(30)));
		for (Due due : dueSoon) {
			int left = this.workingDays.workingDaysBetween(today, due.dueOn());
			if (left <= due.remindDays() && mark(due, "reminded_at", now, "MailboxMessageDueSoon", left)) {
				sent++;
			}
		}
		List<Due> overdue = this.jdbc.query(
				"SELECT m.id, m.site_id, p.code, m.due_on, 0 FROM mailbox_message m "
						+ "JOIN site_profile p ON p.site_id = m.site_id WHERE m.state IN " + OPEN
						+ " AND m.overdue_notified_at IS NULL AND m.due_on < ? ORDER BY m.due_on LIMIT " + BATCH,
				(rs, row) -> new Due(rs.getLong(1), new SiteRef(rs.getLong(2), rs.getString(3)),
						rs.getDate(4).toLocalDate(), 0),
				Date.valueOf(today));
		for (Due due : overdue) {
			int late = this.workingDays.workingDaysBetween(due.dueOn(), today);
			if (mark(due, "overdue_notified_at", now, "MailboxMessageOverdue", -late)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean mark(Due due, String column, Instant now, String event, int workingDaysLeft) {
		Boolean marked = this.transactions.execute(status -> {
			int rows = this.jdbc.update("UPDATE mailbox_message SET " + column
					+ " = ? WHERE id = ? AND site_id = ? AND " + column + " IS NULL AND state IN " + OPEN,
					Timestamp.from(now), due.id(), due.site().id());
			if (rows != 1) {
				return false;
			}
			this.outbox.record(event, due.site(),
					Map.of("messageId", due.id(), "dueOn", due.dueOn().toString(), "workingDaysLeft", workingDaysLeft));
			return true;
		});
		return Boolean.TRUE.equals(marked);
	}

	private record Due(long id, SiteRef site, LocalDate dueOn, int remindDays) {

	}

}
