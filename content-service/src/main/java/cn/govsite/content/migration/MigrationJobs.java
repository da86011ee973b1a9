package cn.govsite.content.migration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.tenant.SiteRef;

/**
 * The stored migration jobs ({@code migration_job}), every statement naming the site;
 * state moves are conditional updates, so two runners never take one job and a lost race
 * is a 409.
 */
@Component
class MigrationJobs {

	private static final String COLUMNS = "id, site_id, name, mapping, state, visited, queued, imported, archived, "
			+ "skipped, failed, redirects, assets, error, created_by, created_at, started_at, heartbeat_at, finished_at";

	private final JdbcTemplate jdbc;

	MigrationJobs(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long create(SiteRef site, String name, String mapping, String by) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			var statement = connection.prepareStatement(
					"INSERT INTO migration_job (site_id, name, mapping, state, created_by, created_at) VALUES (?, ?, ?, 'QUEUED', ?, ?)",
					new String[] { "id" });
			statement.setLong(1, site.id());
			statement.setString(2, name);
			statement.setString(3, mapping);
			statement.setString(4, by);
			statement.setTimestamp(5, Timestamp.from(now()));
			return statement;
		}, key);
		return key.getKey().longValue();
	}

	MigrationJob get(SiteRef site, long id) {
		return this.jdbc
			.query("SELECT " + COLUMNS + " FROM migration_job WHERE site_id = ? AND id = ?", MigrationJobs::row,
					site.id(), id)
			.stream()
			.findFirst()
			.orElseThrow(() -> GovsiteException.notFound("迁移任务", "Migration job", id));
	}

	List<MigrationJob> recent(SiteRef site, int limit) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM migration_job WHERE site_id = ? ORDER BY id DESC LIMIT ?",
				MigrationJobs::row, site.id(), Math.max(1, Math.min(limit, 100)));
	}

	/** Queued or stale running jobs of every site, oldest first (a read across sites). */
	List<Waiting> waiting(Instant staleBefore) {
		return this.jdbc
			.query("SELECT j.id, j.site_id, p.code FROM migration_job j JOIN site_profile p ON p.site_id = j.site_id "
					+ "WHERE j.state = 'QUEUED' OR (j.state = 'RUNNING' AND j.heartbeat_at < ?) ORDER BY j.id LIMIT 5",
					(rs, row) -> new Waiting(rs.getLong(1), new SiteRef(rs.getLong(2), rs.getString(3))),
					Timestamp.from(staleBefore));
	}

	record Waiting(long jobId, SiteRef site) {
	}

	/** Takes a queued or stale job for this runner; false when another runner has it. */
	boolean claim(SiteRef site, long id, Instant staleBefore) {
		Timestamp now = Timestamp.from(now());
		return this.jdbc
			.update("UPDATE migration_job SET state = 'RUNNING', started_at = COALESCE(started_at, ?), heartbeat_at = ?, "
					+ "error = NULL WHERE site_id = ? AND id = ? AND (state = 'QUEUED' OR (state = 'RUNNING' AND heartbeat_at < ?))",
					now, now, site.id(), id, Timestamp.from(staleBefore)) == 1;
	}

	/** Stores the counts of a running job; also its heartbeat. */
	void progress(SiteRef site, long id, MigrationJob.Counts counts) {
		this.jdbc.update(
				"UPDATE migration_job SET visited = ?, queued = ?, imported = ?, archived = ?, skipped = ?, failed = ?, "
						+ "redirects = ?, assets = ?, heartbeat_at = ? WHERE site_id = ? AND id = ?",
				counts.visited(), counts.queued(), counts.imported(), counts.archived(), counts.skipped(),
				counts.failed(), counts.redirects(), counts.assets(), Timestamp.from(now()), site.id(), id);
	}

	/** Ends a running job as DONE or FAILED (a cancelled one stays cancelled). */
	void end(SiteRef site, long id, MigrationState to, String error) {
		Timestamp now = Timestamp.from(now());
		this.jdbc.update(
				"UPDATE migration_job SET state = ?, error = ?, finished_at = ?, heartbeat_at = ? "
						+ "WHERE site_id = ? AND id = ? AND state = 'RUNNING'",
				to.name(), (error != null && error.length() > 1000) ? error.substring(0, 1000) : error, now, now,
				site.id(), id);
	}

	/** Moves a job a person asked to move, if its state allows; else a 409. */
	MigrationJob move(SiteRef site, long id, MigrationState to) {
		MigrationJob job = get(site, id);
		if (!job.state().mayBecome(to)) {
			throw new GovsiteException(ProblemType.INVALID_STATE, Message.of("迁移任务当前为" + job.state() + "，不能变为" + to,
					"The job is " + job.state() + "; it cannot become " + to));
		}
		int changed = this.jdbc.update(
				"UPDATE migration_job SET state = ?, finished_at = ? WHERE site_id = ? AND id = ? AND state = ?",
				to.name(), (to == MigrationState.CANCELLED) ? Timestamp.from(now()) : null, site.id(), id,
				job.state().name());
		if (changed != 1) {
			throw GovsiteException.conflict(Message.of("迁移任务状态已改变，请刷新", "The job changed meanwhile; reload"));
		}
		return get(site, id);
	}

	/** The URLs of a job with the given outcomes, for its report. */
	List<Map<String, Object>> lines(SiteRef site, long id, List<String> outcomes, int limit) {
		String in = String.join(",", outcomes.stream().map(o -> "'" + Ledger.Outcome.valueOf(o).name() + "'").toList());
		return this.jdbc.queryForList(
				"SELECT url, kind, outcome, reason, article_id, asset_id, column_id, title, original_date, new_path, section "
						+ "FROM migration_url WHERE site_id = ? AND job_id = ? AND outcome IN (" + in
						+ ") ORDER BY id LIMIT ?",
				site.id(), id, limit);
	}

	/** The counts of a job as its ledger has them now. */
	MigrationJob.Counts count(SiteRef site, long id) {
		int[] c = new int[8];
		this.jdbc.query(
				"SELECT kind, outcome, COUNT(*), SUM(new_path IS NOT NULL) FROM migration_url WHERE site_id = ? AND job_id = ? "
						+ "GROUP BY kind, outcome",
				rs -> {
					String kind = rs.getString(1);
					String outcome = rs.getString(2);
					int n = rs.getInt(3);
					if (outcome == null) {
						c[1] += n;
						return;
					}
					if (!"ASSET".equals(kind)) {
						c[0] += n;
						c[6] += rs.getInt(4);
					}
					switch (Ledger.Outcome.valueOf(outcome)) {
						case IMPORTED -> c[2] += n;
						case ARCHIVED -> c[3] += n;
						case SKIPPED, DUPLICATE, ALREADY_IMPORTED -> c[4] += n;
						case FAILED -> c[5] += n;
						case REGISTERED -> c[7] += n;
						default -> {
						}
					}
				}, site.id(), id);
		return new MigrationJob.Counts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
	}

	private static MigrationJob row(ResultSet rs, int row) throws SQLException {
		return new MigrationJob(rs.getLong("id"), rs.getLong("site_id"), rs.getString("name"), rs.getString("mapping"),
				MigrationState.valueOf(rs.getString("state")),
				new MigrationJob.Counts(rs.getInt("visited"), rs.getInt("queued"), rs.getInt("imported"),
						rs.getInt("archived"), rs.getInt("skipped"), rs.getInt("failed"), rs.getInt("redirects"),
						rs.getInt("assets")),
				rs.getString("error"), rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "started_at"),
				instant(rs, "heartbeat_at"), instant(rs, "finished_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.SECONDS);
	}

}
