package cn.govsite.tenant.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only {@code audit_log} table: insert and read, nothing else (the database's
 * triggers refuse the rest). Each insert extends the {@link AuditChain hash chain}.
 */
@Repository
public class AuditLog {

	/** Most entries one query returns, newest first. */
	public static final int PAGE = 500;

	private static final int VERIFY_BATCH = 1000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	AuditLog(JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	void append(String actor, String siteCode, String action, String target, int outcome, String clientIp,
			String requestId, Instant at) {
		// Whole seconds: Connector/J against MariaDB drops fractions, and the hash must
		// match what is read back.
		AuditEntry entry = new AuditEntry(0, actor, siteCode, truncate(action, 120), truncate(target, 500), outcome,
				clientIp, requestId, at.truncatedTo(ChronoUnit.SECONDS));
		this.transactions.executeWithoutResult((status) -> {
			String previous = this.jdbc.queryForObject("SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE",
					String.class);
			String hash = AuditChain.hash(previous, entry);
			this.jdbc.update(
					"INSERT INTO audit_log (actor, site_code, action, target, outcome, client_ip, request_id,"
							+ " occurred_at, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					entry.actor(), entry.siteCode(), entry.action(), entry.target(), entry.outcome(), entry.clientIp(),
					entry.requestId(), Timestamp.from(entry.occurredAt()), previous, hash);
			this.jdbc.update("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1", hash);
		});
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
		return this.jdbc.query(sql.toString(), (rs, row) -> entry(rs), args.toArray());
	}

	/**
	 * Every entry in the window, oldest first, one at a time (for exports of any size).
	 */
	void each(String siteCode, Instant from, Instant to, Consumer<AuditEntry> sink) {
		StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE occurred_at >= ? AND occurred_at < ?");
		List<Object> args = new ArrayList<>(List.of(Timestamp.from(from), Timestamp.from(to)));
		if (siteCode != null) {
			sql.append(" AND site_code = ?");
			args.add(siteCode);
		}
		sql.append(" ORDER BY id");
		this.jdbc.query(sql.toString(), (ResultSet rs) -> {
			sink.accept(entry(rs));
		}, args.toArray());
	}

	/**
	 * Walks the whole chain from its first entry and says where it breaks, if it does.
	 */
	AuditVerification verify() {
		long checked = 0;
		long unchained = 0;
		long after = 0;
		String expected = AuditChain.GENESIS;
		while (true) {
			List<Object[]> batch = this.jdbc.query(
					"SELECT * FROM audit_log WHERE id > ? ORDER BY id LIMIT " + VERIFY_BATCH,
					(rs, row) -> new Object[] { entry(rs), rs.getString("prev_hash"), rs.getString("entry_hash") },
					after);
			if (batch.isEmpty()) {
				String head = this.jdbc.queryForObject("SELECT last_hash FROM audit_chain_head WHERE id = 1",
						String.class);
				// The head catches removed entries at the end of the chain.
				return head.equals(expected) ? AuditVerification.intact(checked, unchained)
						: AuditVerification.broken(checked, unchained, null);
			}
			for (Object[] row : batch) {
				AuditEntry entry = (AuditEntry) row[0];
				after = entry.id();
				if (row[2] == null) {
					unchained++; // written before the chain existed
					continue;
				}
				checked++;
				if (!expected.equals(row[1]) || !AuditChain.hash(expected, entry).equals(row[2])) {
					return AuditVerification.broken(checked, unchained, entry.id());
				}
				expected = (String) row[2];
			}
		}
	}

	private static AuditEntry entry(ResultSet rs) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getString("actor"), rs.getString("site_code"),
				rs.getString("action"), rs.getString("target"), rs.getInt("outcome"), rs.getString("client_ip"),
				rs.getString("request_id"), rs.getTimestamp("occurred_at").toInstant());
	}

	private static String truncate(String value, int max) {
		return (value.length() <= max) ? value : value.substring(0, max);
	}

}
