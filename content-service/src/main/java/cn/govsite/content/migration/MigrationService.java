package cn.govsite.content.migration;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.column.ColumnService;
import cn.govsite.content.column.SiteColumn;

/**
 * 整合迁移 use cases for a site's admin: check a mapping and preview what it would do (a dry
 * run crawls but writes nothing), queue a real run, watch it, cancel or resume it and
 * read its report.
 */
@Service
class MigrationService {

	private final MigrationJobs jobs;

	private final ColumnService columns;

	private final MigrationProperties properties;

	MigrationService(MigrationJobs jobs, ColumnService columns, MigrationProperties properties) {
		this.jobs = jobs;
		this.columns = columns;
		this.properties = properties;
	}

	/**
	 * One URL of a preview or report; {@code section} is the old section it was found
	 * under.
	 */
	record Line(String url, String kind, String outcome, String reason, Long columnId, String title, LocalDate date,
			String newPath, String section) {
	}

	record Preview(Map<Ledger.Outcome, Integer> counts, int redirects, boolean truncated, List<Line> lines) {
	}

	record Report(MigrationJob.Counts counts, MigrationState state, List<Line> imported, List<Line> skipped,
			List<Line> failed, List<Line> assets) {
	}

	Preview preview(GovsitePrincipal principal, String mappingText) {
		requireAdmin(principal);
		MigrationMapping mapping = checked(mappingText);
		int limit = Math.min(mapping.maxPages(), this.properties.previewPages());
		MemoryLedger ledger = new MemoryLedger(limit);
		PreviewTarget target = new PreviewTarget(this::columnOpen);
		MigrationRun run = new MigrationRun(mapping, ledger, target, new OldSiteFetcher(this.properties),
				this.properties.concurrency(), () -> {
				});
		run.seed();
		run.run();
		List<Line> lines = new ArrayList<>();
		for (MemoryLedger.Line line : ledger.lines()) {
			Ledger.Result result = line.result();
			lines.add(new Line(line.url(), line.kind().name(), (result != null) ? result.outcome().name() : null,
					(result != null) ? result.reason() : null, (result != null) ? result.columnId() : null,
					(result != null) ? result.title() : null, (result != null) ? result.date() : null, null,
					line.section()));
		}
		return new Preview(ledger.counts(), target.redirects(), ledger.lines().size() >= limit, lines);
	}

	MigrationJob queue(GovsitePrincipal principal, String name, String mappingText) {
		SiteRef site = requireAdmin(principal);
		MigrationMapping mapping = checked(mappingText);
		String title = (name == null || name.isBlank()) ? mapping.baseUrl().getHost() : name.strip();
		long id = this.jobs.create(site, (title.length() > 100) ? title.substring(0, 100) : title, mappingText,
				principal.username());
		return this.jobs.get(site, id);
	}

	List<MigrationJob> recent(GovsitePrincipal principal) {
		return this.jobs.recent(requireAdmin(principal), 50);
	}

	MigrationJob get(GovsitePrincipal principal, long id) {
		SiteRef site = requireAdmin(principal);
		MigrationJob job = this.jobs.get(site, id);
		return job.state().finished() ? job : withLiveCounts(site, job);
	}

	MigrationJob cancel(GovsitePrincipal principal, long id) {
		return this.jobs.move(requireAdmin(principal), id, MigrationState.CANCELLED);
	}

	MigrationJob resume(GovsitePrincipal principal, long id) {
		return this.jobs.move(requireAdmin(principal), id, MigrationState.QUEUED);
	}

	Report report(GovsitePrincipal principal, long id, int limit) {
		SiteRef site = requireAdmin(principal);
		MigrationJob job = this.jobs.get(site, id);
		int max = Math.max(1, Math.min(limit, 5000));
		return new Report(this.jobs.count(site, id), job.state(), lines(site, id, List.of("IMPORTED", "ARCHIVED"), max),
				lines(site, id, List.of("SKIPPED", "DUPLICATE", "ALREADY_IMPORTED"), max),
				lines(site, id, List.of("FAILED"), max), lines(site, id, List.of("REGISTERED"), max));
	}

	private List<Line> lines(SiteRef site, long id, List<String> outcomes, int limit) {
		return this.jobs.lines(site, id, outcomes, limit)
			.stream()
			.map(row -> new Line((String) row.get("url"), (String) row.get("kind"), (String) row.get("outcome"),
					(String) row.get("reason"), number(row.get("column_id")), (String) row.get("title"),
					(row.get("original_date") instanceof java.sql.Date date) ? date.toLocalDate() : null,
					(String) row.get("new_path"), (String) row.get("section")))
			.toList();
	}

	private static Long number(Object value) {
		return (value instanceof Number n) ? n.longValue() : null;
	}

	private MigrationJob withLiveCounts(SiteRef site, MigrationJob job) {
		return new MigrationJob(job.id(), job.siteId(), job.name(), job.mapping(), job.state(),
				this.jobs.count(site, job.id()), job.error(), job.createdBy(), job.createdAt(), job.startedAt(),
				job.heartbeatAt(), job.finishedAt());
	}

	/** The mapping, checked as a file and against the site: every fault in one 400. */
	private MigrationMapping checked(String text) {
		if (text == null || text.isBlank()) {
			throw GovsiteException.invalid("mapping", Message.of("须上传映射文件", "A mapping file is required"));
		}
		MappingFile.Parsed parsed = MappingFile.check(text);
		MigrationMapping mapping = parsed.mapping();
		List<FieldViolation> faults = new ArrayList<>();
		for (int i = 0; i < mapping.sections().size(); i++) {
			long column = mapping.sections().get(i).column();
			if (column > 0 && !columnOpen(column)) {
				faults.add(new FieldViolation("sections[" + i + "].column",
						Message.of("本站点没有可用的栏目：" + column, "No open column " + column + " on this site")));
			}
		}
		URI base = mapping.baseUrl();
		if (base != null && !this.properties.allowPrivateAddresses() && OldSiteFetcher.isPrivate(base.getHost())) {
			faults.add(new FieldViolation("baseUrl", Message.of("不能抓取内网地址：" + base.getHost(),
					"Private addresses cannot be crawled: " + base.getHost())));
		}
		return parsed.orThrow(faults);
	}

	private boolean columnOpen(long id) {
		return this.columns.find(id)
			.filter(column -> column.getArchivedAt() == null)
			.map(SiteColumn::getId)
			.isPresent();
	}

	private static SiteRef requireAdmin(GovsitePrincipal principal) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, Role.SITE_ADMIN);
		return site;
	}

}
