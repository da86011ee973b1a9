package cn.govsite.tenant.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * 域名台账 — the append-only {@code domain_ledger}: written in the transaction of the change
 * it records (a site opened or closed, a Chinese domain registered, an English one
 * announced, changed or released), read by the platform.
 */
@Repository
public class DomainLedger {

	private static final String SELECT = "SELECT l.*, s.code FROM domain_ledger l JOIN site s ON s.id = l.site_id";

	private static final RowMapper<DomainRecord> ROW = (rs, row) -> new DomainRecord(rs.getLong("id"),
			rs.getLong("site_id"), rs.getString("code"), rs.getString("domain"), rs.getString("kind"),
			rs.getString("action"), rs.getString("note"), rs.getString("actor"),
			rs.getTimestamp("occurred_at").toInstant());

	private final JdbcTemplate jdbc;

	DomainLedger(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void record(long siteId, String domain, String action, String note, String actor, Instant at) {
		record(siteId, domain, DomainRecord.ENGLISH, action, note, actor, at);
	}

	/**
	 * One step in the life of a domain of {@code kind} ({@code ENGLISH},
	 * {@code CHINESE}).
	 */
	public void record(long siteId, String domain, String kind, String action, String note, String actor, Instant at) {
		this.jdbc.update(
				"INSERT INTO domain_ledger (site_id, domain, kind, action, note, actor, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
				siteId, domain, kind, action, note, actor, Timestamp.from(at));
	}

	/** The history of one site's domains, oldest first. */
	public List<DomainRecord> ofSite(long siteId) {
		return this.jdbc.query(SELECT + " WHERE l.site_id = ? ORDER BY l.occurred_at, l.id", ROW, siteId);
	}

	/** The whole ledger, newest first. */
	public List<DomainRecord> all() {
		return this.jdbc.query(SELECT + " ORDER BY l.occurred_at DESC, l.id DESC LIMIT 5000", ROW);
	}

}
