package cn.govsite.content.supervision.inspection;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;

/** Keeps one inspection per site and day, and reads them back. */
@Component
public class InspectionStore {

	private final InspectionMapper rows;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	InspectionStore(InspectionMapper rows, JsonMapper json, TransactionTemplate transactions) {
		this.rows = rows;
		this.json = json;
		this.transactions = transactions;
	}

	/** Stores the report, replacing an earlier run of the same site and day. */
	public void save(SiteRef site, InspectionReport report) {
		InspectionRow row = new InspectionRow();
		row.setSiteId(site.id());
		row.setInspectedOn(report.inspectedOn());
		row.setInspectedAt(report.inspectedAt());
		row.setQualified(report.qualified());
		row.setVetoCount(report.vetoes().size());
		row.setStaleColumns((int) report.count(ColumnStatus.STALE));
		row.setBlankColumns((int) report.count(ColumnStatus.BLANK));
		row.setHomePageStale(report.homePage().stale());
		row.setSeriousFindings(report.vetoes()
			.stream()
			.filter(v -> v.rule() == VetoRule.SERIOUS_CONTENT_ERROR)
			.mapToInt(v -> v.evidence().size())
			.sum());
		row.setReport(this.json.writeValueAsString(report));
		TenantContext.runAs(site, () -> this.transactions.executeWithoutResult(status -> {
			this.rows
				.delete(Wrappers.<InspectionRow>lambdaQuery().eq(InspectionRow::getInspectedOn, report.inspectedOn()));
			this.rows.insert(row);
		}));
	}

	/** The newest inspection of the current request's site. */
	public Optional<InspectionReport> latest() {
		return this.rows
			.selectList(
					Wrappers.<InspectionRow>lambdaQuery().orderByDesc(InspectionRow::getInspectedOn).last("LIMIT 1"))
			.stream()
			.findFirst()
			.map(this::report);
	}

	/** Inspections of the current request's site between two days, oldest first. */
	public List<InspectionRow> between(LocalDate from, LocalDate to) {
		return this.rows.selectList(Wrappers.<InspectionRow>lambdaQuery()
			.between(InspectionRow::getInspectedOn, from, to)
			.orderByAsc(InspectionRow::getInspectedOn));
	}

	/**
	 * How many broken links the row's crawl found; null when no crawl was made. Read from
	 * the stored report, as the summary columns predate the crawl.
	 */
	public Integer brokenLinks(InspectionRow row) {
		var links = this.json.readTree(row.getReport()).get("brokenLinks");
		return (links == null || links.isNull()) ? null : links.size();
	}

	/** Inspections of the current site in a period, full reports, oldest first. */
	public List<InspectionReport> reportsBetween(LocalDate from, LocalDate to) {
		return between(from, to).stream().map(this::report).toList();
	}

	/**
	 * The newest inspection of every site, on or before {@code day}: platform-wide, for
	 * supervisors only.
	 */
	public List<InspectionRow> latestOfEverySite(LocalDate day) {
		return TenantContext.callPlatformWide(() -> {
			List<InspectionRow> rows = this.rows.selectList(Wrappers.<InspectionRow>lambdaQuery()
				.select(InspectionRow.class, field -> !field.getColumn().equals("report"))
				.le(InspectionRow::getInspectedOn, day)
				.ge(InspectionRow::getInspectedOn, day.minusDays(7)));
			Map<Long, InspectionRow> newest = rows.stream()
				.collect(Collectors.toMap(InspectionRow::getSiteId, Function.identity(),
						(a, b) -> a.getInspectedOn().isAfter(b.getInspectedOn()) ? a : b));
			return newest.values().stream().sorted(Comparator.comparing(InspectionRow::getSiteId)).toList();
		});
	}

	/** The full report of one stored row of any site: platform-wide. */
	public InspectionReport reportOf(long rowId) {
		return TenantContext.callPlatformWide(() -> report(this.rows.selectById(rowId)));
	}

	InspectionReport report(InspectionRow row) {
		return this.json.readValue(row.getReport(), InspectionReport.class);
	}

}
