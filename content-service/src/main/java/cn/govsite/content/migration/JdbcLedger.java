package cn.govsite.content.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The persisted ledger of a real run ({@code migration_url}): a restarted job reads its
 * frontier back, and an earlier job's imports are found by URL or content hash. Plain
 * JDBC, so every statement names the site.
 */
final class JdbcLedger implements Ledger {

	private static final String IMPORTED = "outcome IN ('IMPORTED', 'ARCHIVED')";

	static final int MAX_URL = 1000;

	private final JdbcTemplate jdbc;

	private final long siteId;

	private final long jobId;

	private final int maxPages;

	private int known;

	JdbcLedger(JdbcTemplate jdbc, long siteId, long jobId, int maxPages) {
		this.jdbc = jdbc;
		this.siteId = siteId;
		this.jobId = jobId;
		this.maxPages = maxPages;
		Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM migration_url WHERE site_id = ? AND job_id = ?",
				Integer.class, siteId, jobId);
		this.known = (count != null) ? count : 0;
	}

	@Override
	public List<Entry> next(int limit) {
		return this.jdbc.query(
				"SELECT id, url, kind, section FROM migration_url WHERE site_id = ? AND job_id = ? AND outcome IS NULL "
						+ "ORDER BY id LIMIT ?",
				(rs, row) -> new Entry(rs.getLong(1), rs.getString(2), Kind.valueOf(rs.getString(3)), rs.getString(4)),
				this.siteId, this.jobId, limit);
	}

	@Override
	public boolean enqueue(String url, Kind kind, String section) {
		if (url.length() > MAX_URL || this.known >= this.maxPages) {
			return false;
		}
		int inserted = this.jdbc.update(
				"INSERT IGNORE INTO migration_url (site_id, job_id, url, url_hash, kind, section) VALUES (?, ?, ?, ?, ?, ?)",
				this.siteId, this.jobId, url, hash(url), kind.name(), section);
		if (inserted == 1) {
			this.known++;
			return true;
		}
		if (section != null) {
			// Found by a section's list after a plain link: the list knows its section.
			this.jdbc.update("UPDATE migration_url SET section = ? WHERE site_id = ? AND job_id = ? AND url_hash = ? "
					+ "AND outcome IS NULL AND section IS NULL", section, this.siteId, this.jobId, hash(url));
		}
		return false;
	}

	@Override
	public void finish(Entry entry, Result result) {
		this.jdbc.update(
				"UPDATE migration_url SET outcome = ?, reason = ?, article_id = ?, asset_id = ?, column_id = ?, title = ?, "
						+ "original_date = ?, content_hash = ?, new_path = ?, visited_at = ? WHERE site_id = ? AND id = ?",
				values(result, this.siteId, entry.id()));
	}

	@Override
	public void asset(String url, Result result) {
		if (url.length() > MAX_URL) {
			return;
		}
		this.jdbc.update(
				"INSERT IGNORE INTO migration_url (site_id, job_id, url, url_hash, kind) VALUES (?, ?, ?, ?, 'ASSET')",
				this.siteId, this.jobId, url, hash(url));
		this.jdbc.update(
				"UPDATE migration_url SET outcome = ?, reason = ?, article_id = ?, asset_id = ?, column_id = ?, title = ?, "
						+ "original_date = ?, content_hash = ?, new_path = ?, visited_at = ? "
						+ "WHERE site_id = ? AND job_id = ? AND url_hash = ?",
				values(result, this.siteId, this.jobId, hash(url)));
	}

	private static Object[] values(Result result, Object... where) {
		Object[] fixed = { result.outcome().name(), clip(result.reason(), 500), result.articleId(), result.assetId(),
				result.columnId(), clip(result.title(), 200),
				(result.date() != null) ? Date.valueOf(result.date()) : null, result.contentHash(), result.newPath(),
				Timestamp.from(Instant.now()) };
		Object[] all = new Object[fixed.length + where.length];
		System.arraycopy(fixed, 0, all, 0, fixed.length);
		System.arraycopy(where, 0, all, fixed.length, where.length);
		return all;
	}

	@Override
	public Optional<Long> importedFrom(String url) {
		return first("SELECT article_id FROM migration_url WHERE site_id = ? AND url_hash = ? AND " + IMPORTED
				+ " ORDER BY id LIMIT 1", hash(url));
	}

	@Override
	public Optional<Long> importedWithContent(String contentHash) {
		return first("SELECT article_id FROM migration_url WHERE site_id = ? AND content_hash = ? AND " + IMPORTED
				+ " ORDER BY id LIMIT 1", contentHash);
	}

	@Override
	public Optional<Long> assetFrom(String url) {
		return first("SELECT asset_id FROM migration_url WHERE site_id = ? AND url_hash = ? AND outcome = 'REGISTERED' "
				+ "ORDER BY id LIMIT 1", hash(url));
	}

	private Optional<Long> first(String sql, String key) {
		return this.jdbc.queryForList(sql, Long.class, this.siteId, key).stream().findFirst();
	}

	@Override
	public Map<Outcome, Integer> counts() {
		Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
		this.jdbc.query(
				"SELECT outcome, COUNT(*) FROM migration_url WHERE site_id = ? AND job_id = ? AND outcome IS NOT NULL "
						+ "GROUP BY outcome",
				rs -> {
					counts.put(Outcome.valueOf(rs.getString(1)), rs.getInt(2));
				}, this.siteId, this.jobId);
		return counts;
	}

	@Override
	public boolean cancelled() {
		return "CANCELLED".equals(
				this.jdbc
					.queryForList("SELECT state FROM migration_job WHERE site_id = ? AND id = ?", String.class,
							this.siteId, this.jobId)
					.stream()
					.findFirst()
					.orElse("CANCELLED"));
	}

	static String hash(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String clip(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

}
