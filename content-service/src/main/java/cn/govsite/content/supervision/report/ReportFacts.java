package cn.govsite.content.supervision.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.column.InspectionCategory;
import cn.govsite.content.supervision.SupervisionProperties;
import cn.govsite.content.supervision.inspection.ColumnStatus;
import cn.govsite.content.supervision.inspection.InspectionReport;
import cn.govsite.content.supervision.inspection.InspectionService;
import cn.govsite.content.supervision.inspection.InspectionStore;
import cn.govsite.content.supervision.score.ScoreService;

/**
 * Gathers a site's facts for a period: its stored inspections and monthly scores, and its
 * messages and published items straight from their tables (plain JDBC naming the site:
 * reports run outside any request).
 */
@Component
class ReportFacts {

	private static final String OPEN_STATES = "('SUBMITTED', 'ACCEPTED', 'ASSIGNED')";

	private final InspectionService sites;

	private final InspectionStore inspections;

	private final ScoreService scores;

	private final JdbcTemplate jdbc;

	private final ZoneId zone;

	ReportFacts(InspectionService sites, InspectionStore inspections, ScoreService scores, JdbcTemplate jdbc,
			SupervisionProperties properties) {
		this.sites = sites;
		this.inspections = inspections;
		this.scores = scores;
		this.jdbc = jdbc;
		this.zone = properties.zone();
	}

	List<InspectionService.Site> sites() {
		return this.sites.sites();
	}

	Optional<InspectionService.Site> site(long siteId) {
		return this.sites.sites().stream().filter(s -> s.ref().id() == siteId).findFirst();
	}

	SitePeriodFacts of(InspectionService.Site site, ReportPeriod period, LocalDate today) {
		return TenantContext.callAs(site.ref(), () -> {
			// A month at a time: a year of full reports (every column, every day) would
			// otherwise be held at once.
			List<DayFacts> days = new ArrayList<>();
			List<ColumnLine> columns = List.of();
			for (YearMonth month : period.months()) {
				List<InspectionReport> reports = this.inspections.reportsBetween(month.atDay(1), month.atEndOfMonth());
				reports.forEach(report -> days.add(DayFacts.of(report)));
				if (!reports.isEmpty()) {
					columns = columns(reports.getLast());
				}
			}
			List<MonthScore> monthly = this.scores.series(YearMonth.from(period.start()), YearMonth.from(period.end()))
				.stream()
				.map(row -> new MonthScore(row.getMonth(), row.getTotal(), row.isPassed(), row.isVetoed()))
				.toList();
			long id = site.ref().id();
			return new SitePeriodFacts(id, site.ref().code(), site.name(), days, monthly, columns,
					messages(id, period, today), published(id, period));
		});
	}

	private static List<ColumnLine> columns(InspectionReport report) {
		return report.columns()
			.stream()
			.filter(c -> c.status() == ColumnStatus.STALE || c.status() == ColumnStatus.BLANK)
			.map(c -> new ColumnLine(c.columnId(), c.name(), c.status().name(), c.daysSilent(), c.responsibleUnit()))
			.toList();
	}

	/**
	 * Overdue: the reply deadline fell in the period and passed without a timely reply.
	 */
	private MessageCounts messages(long siteId, ReportPeriod period, LocalDate today) {
		return this.jdbc.queryForObject("""
				SELECT
				  SUM(received_on BETWEEN ? AND ?),
				  SUM(replied_on BETWEEN ? AND ?),
				  SUM(due_on BETWEEN ? AND ? AND (replied_on > due_on
				      OR (replied_on IS NULL AND state IN %s AND due_on < ?)))
				FROM mailbox_message WHERE site_id = ?""".formatted(OPEN_STATES),
				(rs, row) -> new MessageCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3)), period.start(), period.end(),
				period.start(), period.end(), period.start(), period.end(), today, siteId);
	}

	private List<CategoryCount> published(long siteId, ReportPeriod period) {
		return this.jdbc.query("SELECT c.category, COUNT(*) FROM article a JOIN site_column c ON c.id = a.column_id "
				+ "WHERE a.site_id = ? AND a.state = 'PUBLISHED' AND a.published_at >= ? AND a.published_at < ? "
				+ "GROUP BY c.category ORDER BY COUNT(*) DESC, c.category",
				(rs, row) -> new CategoryCount(rs.getString(1), label(rs.getString(1)), rs.getInt(2)), siteId,
				Timestamp.from(period.start().atStartOfDay(this.zone).toInstant()),
				Timestamp.from(period.end().plusDays(1).atStartOfDay(this.zone).toInstant()));
	}

	private static String label(String category) {
		if (category == null) {
			return "未分类";
		}
		try {
			return InspectionCategory.valueOf(category).label();
		}
		catch (IllegalArgumentException ex) {
			return category;
		}
	}

}
