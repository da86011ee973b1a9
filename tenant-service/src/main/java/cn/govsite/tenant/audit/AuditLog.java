package cn.govsite.tenant.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The append-only {@code audit_log} table: insert and read, nothing else. */
@Repository
public class AuditLog {

	/** Most entries one query returns, newest first. */
	public static final int PAGE = 500;

	private final JdbcTemplate jdbc;

	AuditLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void append(String actor, String siteCode, String action, String target, int outcome, String clientIp,
			String requestId, Instant at) {
		this.jdbc.update(
				"INSERT INTO audit_log (actor, site_code, action, target, outcome, client_ip, request_id, occurred_at)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
				actor, siteCode, truncate(action, 120), truncate(target, 500), outcome, clientIp, requestId,
				Timestamp.from(at));
	}

	/** Entries in the window (and of the site, when given), newest first. */
	public List<AuditEntry> find(String siteCode, Instant from, Instant to) {
		StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE occurred_at >= ? AND occurred_at < ?");
		List<Object> args = new ArrayList<>(List.of(Timestamp.from(from), Timestamp.from(to)));
		if (siteCode != null) {
			sql.append(" AND site_code = ?");
			args.add(siteCode);
		}
		sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT ").append(PAGE);
		return this.jdbc.query(sql.toString(),
				(rs, row) -> new AuditEntry(rs.getLong("id"), rs.getString("actor"), rs.getString("site_code"),
						rs.getString("action"), rs.getString("target"), rs.getInt("outcome"), rs.getString("client_ip"),
						rs.getString("request_id"), rs.getTimestamp("occurred_at").toInstant()),
				args.toArray());
	}

	private static String truncate(String value, int max) {
		return (value.length() <= max) ? value : value.substring(0, max);
	}

}
