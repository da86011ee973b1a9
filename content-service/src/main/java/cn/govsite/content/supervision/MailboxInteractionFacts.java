package cn.govsite.content.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link InteractionFacts} over the mailboxes ({@code content/interaction/mailbox}):
 * <ul>
 * <li>the consultation channel works while the site has an enabled mailbox. A site with
 * no mailbox rows has none: 第十九条 asks for a channel the site actually offers, and the
 * default mailboxes are made the first time the site's 政民互动 page is rendered or a mailbox
 * is opened, so no rows means no page ever offered one;</li>
 * <li>unanswered: messages still owing an answer (待受理, 已受理, 办理中);</li>
 * <li>late replies: answered this month after their due day.</li>
 * </ul>
 * Plain JDBC naming the site: inspection runs outside any request.
 */
@Component
class MailboxInteractionFacts implements InteractionFacts {

	private static final String OPEN_STATES = "('SUBMITTED', 'ACCEPTED', 'ASSIGNED')";

	private final JdbcTemplate jdbc;

	private final SupervisionProperties properties;

	MailboxInteractionFacts(JdbcTemplate jdbc, SupervisionProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Override
	public Snapshot snapshot(long siteId, Instant now) {
		Integer enabled = this.jdbc.queryForObject("SELECT COUNT(*) FROM mailbox WHERE site_id = ? AND enabled",
				Integer.class, siteId);
		Channel channel = (enabled != null && enabled > 0) ? Channel.WORKING : Channel.NOT_WORKING;
		List<PendingMessage> unanswered = this.jdbc.query(
				"SELECT id, title, received_at FROM mailbox_message WHERE site_id = ? AND state IN " + OPEN_STATES
						+ " AND received_at <= ? ORDER BY received_at",
				(rs, row) -> new PendingMessage(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()), siteId,
				Timestamp.from(now));
		ZonedDateTime monthStart = now.atZone(this.properties.zone())
			.toLocalDate()
			.withDayOfMonth(1)
			.atStartOfDay(this.properties.zone());
		List<PendingMessage> late = this.jdbc.query(
				"SELECT id, title, received_at FROM mailbox_message WHERE site_id = ? AND replied_on > due_on "
						+ "AND replied_at >= ? AND replied_at <= ? ORDER BY replied_at",
				(rs, row) -> new PendingMessage(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()), siteId,
				Timestamp.from(monthStart.toInstant()), Timestamp.from(now));
		return new Snapshot(channel, unanswered, late);
	}

}
