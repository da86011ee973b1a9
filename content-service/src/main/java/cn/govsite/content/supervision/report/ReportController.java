package cn.govsite.content.supervision.report;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.content.supervision.inspection.InspectionService;
import cn.govsite.content.supervision.report.ReportRun.Scope;

/**
 * Supervision reports: started as background runs, read as JSON, exported as Excel or
 * HTML. The platform report is for supervisors and platform admins; a site's report also
 * for that site's admins. The site comes from the path, not the request's site header, so
 * a supervisor reads any site without switching.
 */
@RestController
class ReportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ReportRuns runs;

	private final ReportStore store;

	private final ReportFacts facts;

	ReportController(ReportRuns runs, ReportStore store, ReportFacts facts) {
		this.runs = runs;
		this.store = store;
		this.facts = facts;
	}

	/**
	 * @param siteId the site to report on; absent for the platform-wide report
	 */
	record RunRequest(String period, Long siteId) {

	}

	@PostMapping("/supervision/report-runs")
	ResponseEntity<ReportRun> start(@AuthenticationPrincipal GovsitePrincipal principal,
			@RequestBody(required = false) RunRequest request) {
		RunRequest body = (request != null) ? request : new RunRequest(null, null);
		ReportRun run;
		if (body.siteId() == null) {
			requireSupervisor(principal);
			run = this.runs.start(Scope.PLATFORM, null, ReportPeriod.parse("period", body.period()),
					principal.username());
		}
		else {
			InspectionService.Site site = requireSiteReader(principal, body.siteId());
			run = this.runs.start(Scope.SITE, site, ReportPeriod.parse("period", body.period()), principal.username());
		}
		return ResponseEntity.accepted().location(URI.create("/supervision/report-runs/" + run.id())).body(run);
	}

	@GetMapping("/supervision/report-runs/{id}")
	ReportRun run(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		ReportRun run = this.runs.get(id).orElseThrow(() -> GovsiteException.notFound("报告任务", "Report run", id));
		if (run.scope() == Scope.PLATFORM) {
			requireSupervisor(principal);
		}
		else {
			requireSiteReader(principal, run.siteId());
		}
		return run;
	}

	@GetMapping("/supervision/reports/platform")
	PlatformReport platform(@AuthenticationPrincipal GovsitePrincipal principal,
			@RequestParam(required = false) String period) {
		requireSupervisor(principal);
		return platformReport(ReportPeriod.parse("period", period));
	}

	@GetMapping("/supervision/reports/site/{siteId}")
	SiteReport site(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long siteId,
			@RequestParam(required = false) String period) {
		requireSiteReader(principal, siteId);
		return siteReport(siteId, ReportPeriod.parse("period", period));
	}

	@GetMapping("/supervision/reports/platform/export")
	ResponseEntity<byte[]> exportPlatform(@AuthenticationPrincipal GovsitePrincipal principal,
			@RequestParam(required = false) String period, @RequestParam(required = false) String format) {
		requireSupervisor(principal);
		ReportPeriod which = ReportPeriod.parse("period", period);
		Format as = Format.parse(format);
		PlatformReport report = platformReport(which);
		byte[] body = (as == Format.XLSX) ? ReportWorkbook.platform(report)
				: ReportHtml.platform(report).getBytes(StandardCharsets.UTF_8);
		return download(body, as, "supervision-platform-" + which);
	}

	@GetMapping("/supervision/reports/site/{siteId}/export")
	ResponseEntity<byte[]> exportSite(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long siteId,
			@RequestParam(required = false) String period, @RequestParam(required = false) String format) {
		requireSiteReader(principal, siteId);
		ReportPeriod which = ReportPeriod.parse("period", period);
		Format as = Format.parse(format);
		SiteReport report = siteReport(siteId, which);
		byte[] body = (as == Format.XLSX) ? ReportWorkbook.site(report)
				: ReportHtml.site(report).getBytes(StandardCharsets.UTF_8);
		return download(body, as, "supervision-" + report.siteCode() + "-" + which);
	}

	private PlatformReport platformReport(ReportPeriod period) {
		return this.store.platform(period)
			.orElseThrow(
					() -> GovsiteException.notFound("平台检查报告（请先生成）", "Platform report (start a run first)", period));
	}

	private SiteReport siteReport(long siteId, ReportPeriod period) {
		return this.store.site(siteId, period)
			.orElseThrow(() -> GovsiteException.notFound("站点检查报告（请先生成）", "Site report (start a run first)",
					siteId + " " + period));
	}

	private static ResponseEntity<byte[]> download(byte[] body, Format format, String name) {
		return ResponseEntity.ok()
			.contentType(format.type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(name + "." + format.extension, StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(body);
	}

	/**
	 * Supervisors and platform admins see any known site; a site admin only their own.
	 * Anyone else, and a site admin naming another or an unknown site, is refused alike,
	 * so the answer does not tell which sites exist.
	 */
	private InspectionService.Site requireSiteReader(GovsitePrincipal principal, long siteId) {
		var site = this.facts.site(siteId);
		if (principal.isSupervisor() || principal.isPlatformAdmin()) {
			return site.orElseThrow(() -> GovsiteException.notFound("站点", "Site", siteId));
		}
		if (site.isEmpty() || !principal.hasSiteRole(site.get().ref().code(), Role.SITE_ADMIN)) {
			throw GovsiteException.forbidden(Message.of("仅监管人员、平台管理员和本站点管理员可查看站点检查报告",
					"Only supervisors, platform admins and the site's own admins see a site's report"));
		}
		return site.get();
	}

	private static void requireSupervisor(GovsitePrincipal principal) {
		if (!principal.isSupervisor() && !principal.isPlatformAdmin()) {
			throw GovsiteException.forbidden(Message.of("仅监管人员或平台管理员可查看全平台检查报告",
					"Only supervisors and platform admins see the platform report"));
		}
	}

	/** The export formats. */
	enum Format {

		XLSX(ReportController.XLSX, "xlsx"), HTML(new MediaType("text", "html", StandardCharsets.UTF_8), "html");

		private final MediaType type;

		private final String extension;

		Format(MediaType type, String extension) {
			this.type = type;
			this.extension = extension;
		}

		static Format parse(String text) {
			for (Format format : values()) {
				if (format.extension.equals(text)) {
					return format;
				}
			}
			throw GovsiteException.invalid("format",
					Message.of("导出格式应为 xlsx 或 html：" + text, "The format must be xlsx or html: " + text));
		}

	}

}
