package cn.govsite.content.supervision.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the newest report per scope, site and period as JSON. Plain JDBC: the platform
 * report belongs to no site, and runs work outside any request.
 */
@Component
class ReportStore {

	static final long PLATFORM_SITE = 0;

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	ReportStore(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void saveSite(SiteReport report, long runId, Instant at) {
		save(ReportRun.Scope.SITE, report.siteId(), report.period(), runId, at, report);
	}

	void savePlatform(PlatformReport report, long runId, Instant at) {
		save(ReportRun.Scope.PLATFORM, PLATFORM_SITE, report.period(), runId, at, report);
	}

	Optional<SiteReport> site(long siteId, ReportPeriod period) {
		return find(ReportRun.Scope.SITE, siteId, period).map(body -> this.json.readValue(body, SiteReport.class));
	}

	Optional<PlatformReport> platform(ReportPeriod period) {
		return find(ReportRun.Scope.PLATFORM, PLATFORM_SITE, period)
			.map(body -> this.json.readValue(body, PlatformReport.class));
	}

	private void save(ReportRun.Scope scope, long siteId, String period, long runId, Instant at, Object report) {
		this.jdbc.update(
				"INSERT INTO supervision_report (scope, site_id, period, run_id, generated_at, body) "
						+ "VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE run_id = VALUES(run_id), "
						+ "generated_at = VALUES(generated_at), body = VALUES(body)",
				scope.name(), siteId, period, runId, Timestamp.from(at), this.json.writeValueAsString(report));
	}

	private Optional<String> find(ReportRun.Scope scope, long siteId, ReportPeriod period) {
		List<String> bodies = this.jdbc.queryForList(
				"SELECT body FROM supervision_report WHERE scope = ? AND site_id = ? AND period = ?", String.class,
				scope.name(), siteId, period.toString());
		return bodies.stream().findFirst();
	}

}
