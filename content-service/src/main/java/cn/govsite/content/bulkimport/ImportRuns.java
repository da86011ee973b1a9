package cn.govsite.content.bulkimport;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import cn.govsite.common.tenant.SiteRef;

/**
 * The {@code bulk_import} and {@code bulk_import_row} tables. Every statement names the
 * site: these rows are read by background runs as well as requests.
 */
@Component
class ImportRuns {

	private static final String COLUMNS = "id, column_id, import_key, format, state, total, done, published, queued, "
			+ "error, created_by, created_at, started_at, finished_at";

	private final JdbcTemplate jdbc;

	ImportRuns(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a queued run; the caller's transaction holds it with its rows. */
	long create(long siteId, long columnId, String key, ImportFormat format, int total, String by, Instant at) {
		GeneratedKeyHolder id = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO bulk_import (site_id, column_id, import_key, format, state, total, created_by, "
							+ "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
					Statement.RETURN_GENERATED_KEYS);
			insert.setLong(1, siteId);
			insert.setLong(2, columnId);
			insert.setString(3, key);
			insert.setString(4, format.name());
			insert.setString(5, ImportState.QUEUED.name());
			insert.setInt(6, total);
			insert.setString(7, by);
			insert.setTimestamp(8, Timestamp.from(at));
			return insert;
		}, id);
		return id.getKey().longValue();
	}

	void addRows(long importId, List<String> rows) {
		for (int from = 0; from < rows.size(); from += 500) {
			List<String> chunk = rows.subList(from, Math.min(rows.size(), from + 500));
			int offset = from;
			this.jdbc.batchUpdate("INSERT INTO bulk_import_row (import_id, row_no, body) VALUES (?, ?, ?)",
					new BatchPreparedStatementSetter() {
						@Override
						public void setValues(PreparedStatement statement, int i) throws SQLException {
							statement.setLong(1, importId);
							statement.setInt(2, offset + i);
							statement.setString(3, chunk.get(i));
						}

						@Override
						public int getBatchSize() {
							return chunk.size();
						}
					});
		}
	}

	/** The next waiting rows, in file order. */
	List<String> nextRows(long importId, int limit) {
		return this.jdbc.queryForList(
				"SELECT body FROM bulk_import_row WHERE import_id = ? ORDER BY row_no LIMIT " + Math.max(1, limit),
				String.class, importId);
	}

	/** Drops written rows, counting them done, in the writing transaction. */
	void written(long importId, int rows, int published, int queued, Instant at) {
		this.jdbc.update("DELETE FROM bulk_import_row WHERE import_id = ? ORDER BY row_no LIMIT " + rows, importId);
		this.jdbc.update("UPDATE bulk_import SET done = done + ?, published = published + ?, queued = queued + ?, "
				+ "heartbeat_at = ? WHERE id = ?", rows, published, queued, Timestamp.from(at), importId);
	}

	boolean move(long id, ImportState to, String error, Instant at) {
		String trimmed = (error != null && error.length() > 500) ? error.substring(0, 500) : error;
		String time = (to == ImportState.RUNNING) ? "started_at" : "finished_at";
		return this.jdbc.update(
				"UPDATE bulk_import SET state = ?, error = ?, " + time + " = ?, heartbeat_at = ? "
						+ "WHERE id = ? AND state IN " + from(to),
				to.name(), trimmed, Timestamp.from(at), Timestamp.from(at), id) == 1;
	}

	/**
	 * Takes a queued run, or a running one whose heartbeat is older than
	 * {@code staleBefore}, for this replica under a new token.
	 */
	boolean claim(long id, String token, Instant staleBefore, Instant at) {
		return this.jdbc.update(
				"UPDATE bulk_import SET state = 'RUNNING', claim_token = ?, started_at = COALESCE(started_at, ?), "
						+ "heartbeat_at = ? WHERE id = ? AND (state = 'QUEUED' OR (state = 'RUNNING' AND "
						+ "(heartbeat_at IS NULL OR heartbeat_at < ?)))",
				token, Timestamp.from(at), Timestamp.from(at), id, Timestamp.from(staleBefore)) == 1;
	}

	/**
	 * The claim's heartbeat, in the batch's transaction: false when another replica has
	 * claimed the run since (the batch must not commit).
	 */
	boolean beat(long id, String token, Instant at) {
		return this.jdbc.update(
				"UPDATE bulk_import SET heartbeat_at = ? WHERE id = ? AND state = 'RUNNING' AND claim_token = ?",
				Timestamp.from(at), id, token) == 1;
	}

	/**
	 * Runs of every site (platform-wide on purpose) that no replica works on: running
	 * without a heartbeat since {@code staleBefore}, or queued since before it.
	 */
	List<Abandoned> abandoned(Instant staleBefore, int limit) {
		Timestamp before = Timestamp.from(staleBefore);
		return this.jdbc.query(
				"SELECT b.id, b.site_id, p.code, b.column_id FROM bulk_import b JOIN site_profile p ON p.site_id = b.site_id "
						+ "WHERE (b.state = 'RUNNING' AND (b.heartbeat_at IS NULL OR b.heartbeat_at < ?)) "
						+ "OR (b.state = 'QUEUED' AND b.created_at < ?) ORDER BY b.id LIMIT " + Math.max(1, limit),
				(rs, row) -> new Abandoned(rs.getLong(1), new SiteRef(rs.getLong(2), rs.getString(3)), rs.getLong(4)),
				before, before);
	}

	record Abandoned(long importId, SiteRef site, long columnId) {
	}

	Optional<ImportRun> find(long siteId, long id) {
		return this.jdbc
			.query("SELECT " + COLUMNS + " FROM bulk_import WHERE site_id = ? AND id = ?", ImportRuns::run, siteId, id)
			.stream()
			.findFirst();
	}

	Optional<ImportRun> findByKey(long siteId, String key) {
		return this.jdbc
			.query("SELECT " + COLUMNS + " FROM bulk_import WHERE site_id = ? AND import_key = ?", ImportRuns::run,
					siteId, key)
			.stream()
			.findFirst();
	}

	List<ImportRun> recent(long siteId, Long columnId, int limit) {
		return this.jdbc.query(
				"SELECT " + COLUMNS + " FROM bulk_import WHERE site_id = ? AND (? IS NULL OR column_id = ?) "
						+ "ORDER BY id DESC LIMIT " + Math.max(1, Math.min(100, limit)),
				ImportRuns::run, siteId, columnId, columnId);
	}

	private static ImportRun run(ResultSet rs, int row) throws SQLException {
		ImportState state = ImportState.valueOf(rs.getString(5));
		int total = rs.getInt(6);
		int done = rs.getInt(7);
		int percent = (state == ImportState.DONE) ? 100 : (total > 0) ? done * 100 / total : 0;
		return new ImportRun(rs.getLong(1), rs.getLong(2), rs.getString(3), ImportFormat.valueOf(rs.getString(4)),
				state, total, done, rs.getInt(8), rs.getInt(9), percent, rs.getString(10), rs.getString(11),
				instant(rs.getTimestamp(12)), instant(rs.getTimestamp(13)), instant(rs.getTimestamp(14)));
	}

	private static Instant instant(Timestamp at) {
		return (at != null) ? at.toInstant() : null;
	}

	private static String from(ImportState to) {
		return Arrays.stream(ImportState.values())
			.filter(s -> s.mayBecome(to))
			.map(s -> "'" + s.name() + "'")
			.collect(Collectors.joining(", ", "(", ")"));
	}

}
