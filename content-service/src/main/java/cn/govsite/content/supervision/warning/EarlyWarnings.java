package cn.govsite.content.supervision.warning;

import java.sql.Date;
import java.sql.Timestamp;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.govsite.common.event.Outbox;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.content.supervision.SupervisionProperties;
import cn.govsite.content.supervision.inspection.ColumnFreshness;
import cn.govsite.content.supervision.inspection.InspectionReport;

/**
 * 更新预警 — tells a column's responsible unit, through a {@code ColumnStaleSoon} event, that
 * the column goes stale within the configured days, before an inspection finds it. Each
 * deadline is warned once: the row and the event commit together.
 */
@Component
public class EarlyWarnings {

	private final JdbcTemplate jdbc;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final WarningPolicy policy;

	EarlyWarnings(JdbcTemplate jdbc, Outbox outbox, TransactionTemplate transactions,
			SupervisionProperties properties) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.transactions = transactions;
		this.policy = new WarningPolicy(properties.warningDays());
	}

	/** Raises the warnings due on the report's day; returns how many were new. */
	public int raise(SiteRef site, InspectionReport report) {
		int raised = 0;
		for (WarningPolicy.Due due : this.policy.due(report.columns(), report.inspectedOn())) {
			Boolean fresh = this.transactions.execute(status -> warnOnce(site, report, due));
			raised += Boolean.TRUE.equals(fresh) ? 1 : 0;
		}
		return raised;
	}

	private boolean warnOnce(SiteRef site, InspectionReport report, WarningPolicy.Due due) {
		ColumnFreshness column = due.column();
		int inserted = this.jdbc.update(
				"INSERT IGNORE INTO supervision_warning (site_id, column_id, stale_on, responsible_unit, warned_at) "
						+ "VALUES (?, ?, ?, ?, ?)",
				site.id(), column.columnId(), Date.valueOf(column.staleOn()), column.responsibleUnit(),
				Timestamp.from(report.inspectedAt()));
		if (inserted == 0) {
			return false;
		}
		this.outbox.record(ColumnStaleSoon.TYPE, site,
				new ColumnStaleSoon(site.id(), site.code(), column.columnId(), column.name(), column.responsibleUnit(),
						column.cycleText(), column.lastPublishedAt(), column.staleOn(), due.daysLeft()));
		return true;
	}

}
