package cn.govsite.content.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link SecurityFacts} over publishing's tamper check ({@code tamper_alert}): an alert
 * without a restoration is tampering nobody handled.
 */
@Component
class TamperAlertSecurityFacts implements SecurityFacts {

	private final JdbcTemplate jdbc;

	TamperAlertSecurityFacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<TamperEvent> unhandledTampering(long siteId, Instant now) {
		return this.jdbc.query(
				"SELECT id, object_key, detected_at FROM tamper_alert WHERE site_id = ? AND restored_at IS NULL "
						+ "AND detected_at <= ? ORDER BY detected_at",
				(rs, row) -> new TamperEvent(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()), siteId,
				Timestamp.from(now));
	}

}
