package cn.govsite.content.supervision.report;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

import cn.govsite.content.supervision.SupervisionProperties;
import cn.govsite.content.supervision.inspection.InspectionService;
import cn.govsite.content.supervision.report.ReportRun.Scope;
import cn.govsite.content.supervision.report.ReportRun.State;

/**
 * Runs report generation in the background, one run at a time per replica (a year of
 * every site reads every stored inspection twice: the period and the one before), and
 * records each run's progress so the requester can follow it.
 */
@Service
public class ReportRuns {

	private static final Logger log = LoggerFactory.getLogger(ReportRuns.class);

	private final JdbcTemplate jdbc;

	private final ReportFacts facts;

	private final ReportStore store;

	private final ReportCalculator calculator = new ReportCalculator();

	private final ZoneId zone;

	private final Clock clock = Clock.systemUTC();

	private final ExecutorService runner = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("supervision-report-", 0).daemon().factory());

	ReportRuns(JdbcTemplate jdbc, ReportFacts facts, ReportStore store, SupervisionProperties properties) {
		this.jdbc = jdbc;
		this.facts = facts;
		this.store = store;
		this.zone = properties.zone();
	}

	/** Queues a run; {@code site} is null for the platform-wide report. */
	public ReportRun start(Scope scope, InspectionService.Site site, ReportPeriod period, String by) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO supervision_report_run (scope, site_id, period, state, created_by, created_at) "
							+ "VALUES (?, ?, ?, ?, ?, ?)",
					Statement.RETURN_GENERATED_KEYS);
			insert.setString(1, scope.name());
			insert.setObject(2, (site != null) ? site.ref().id() : null);
			insert.setString(3, period.toString());
			insert.setString(4, State.QUEUED.name());
			insert.setString(5, by);
			insert.setTimestamp(6, Timestamp.from(now()));
			return insert;
		}, key);
		long id = key.getKey().longValue();
		try {
			this.runner.execute(() -> run(id, scope, site, period));
		}
		catch (RejectedExecutionException ex) {
			end(id, State.FAILED, "The service is shutting down");
		}
		return get(id).orElseThrow();
	}

	public Optional<ReportRun> get(long id) {
		return this.jdbc
			.query("SELECT id, scope, site_id, period, state, total, done, error, created_by, created_at, started_at, "
					+ "finished_at FROM supervision_report_run WHERE id = ?", (rs, row) -> {
						Scope scope = Scope.valueOf(rs.getString(2));
						Long siteId = (rs.getObject(3) != null) ? rs.getLong(3) : null;
						String period = rs.getString(4);
						State state = State.valueOf(rs.getString(5));
						int total = rs.getInt(6);
						int done = rs.getInt(7);
						int percent = (state == State.DONE) ? 100 : (total > 0) ? done * 100 / total : 0;
						String report = (state != State.DONE) ? null
								: (scope == Scope.PLATFORM) ? "/supervision/reports/platform?period=" + period
										: "/supervision/reports/site/" + siteId + "?period=" + period;
						return new ReportRun(rs.getLong(1), scope, siteId, period, state, total, done, percent,
								rs.getString(8), rs.getString(9), instant(rs.getTimestamp(10)),
								instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12)), report);
					}, id)
			.stream()
			.findFirst();
	}

	private void run(long id, Scope scope, InspectionService.Site site, ReportPeriod period) {
		try {
			List<InspectionService.Site> targets = (scope == Scope.PLATFORM) ? this.facts.sites() : List.of(site);
			begin(id, targets.size() + ((scope == Scope.PLATFORM) ? 1 : 0));
			LocalDate today = LocalDate.now(this.clock.withZone(this.zone));
			List<SiteReport> built = new ArrayList<>();
			int done = 0;
			for (InspectionService.Site target : targets) {
				SiteReport report = this.calculator.site(period, this.facts.of(target, period, today),
						this.facts.of(target, period.previous(), today));
				this.store.saveSite(report, id, now());
				built.add(report);
				progress(id, ++done);
			}
			if (scope == Scope.PLATFORM) {
				this.store.savePlatform(this.calculator.platform(period, targets.size(), built), id, now());
			}
			end(id, State.DONE, null);
		}
		catch (RuntimeException ex) {
			log.warn("Report run {} ({} {}) failed", id, scope, period, ex);
			end(id, State.FAILED, ex.toString());
		}
	}

	private void begin(long id, int total) {
		this.jdbc
			.update("UPDATE supervision_report_run SET state = ?, total = ?, started_at = ? WHERE id = ? AND state IN "
					+ from(State.RUNNING), State.RUNNING.name(), total, Timestamp.from(now()), id);
	}

	private void progress(long id, int done) {
		this.jdbc.update("UPDATE supervision_report_run SET done = ? WHERE id = ? AND state = ?", done, id,
				State.RUNNING.name());
	}

	private void end(long id, State to, String error) {
		String trimmed = (error != null && error.length() > 500) ? error.substring(0, 500) : error;
		this.jdbc.update(
				"UPDATE supervision_report_run SET state = ?, error = ?, finished_at = ?, "
						+ "done = CASE WHEN ? THEN total ELSE done END WHERE id = ? AND state IN " + from(to),
				to.name(), trimmed, Timestamp.from(now()), to == State.DONE, id);
	}

	/** The states a run may move to {@code to} from, as an SQL list. */
	private static String from(State to) {
		return Arrays.stream(State.values())
			.filter(s -> s.mayBecome(to))
			.map(s -> "'" + s.name() + "'")
			.collect(Collectors.joining(", ", "(", ")"));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static Instant instant(Timestamp at) {
		return (at != null) ? at.toInstant() : null;
	}

	@PreDestroy
	void stop() {
		this.runner.shutdownNow();
	}

}
