package cn.govsite.tenant.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.security.GovsitePrincipal;

/**
 * The audit log for supervisors and platform admins: {@code GET /audit?site=&from=&to=}
 * (ISO instants; the last 30 days by default), newest first, at most
 * {@value AuditLog#PAGE} entries; {@code GET /audit/export} the same window in full as
 * CSV; {@code GET /audit/verify} walks the hash chain.
 */
@RestController
class AuditController {

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/audit")
	List<AuditEntry> find(@RequestParam(required = false) String site,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@AuthenticationPrincipal GovsitePrincipal principal) {
		requireSupervision(principal);
		Window window = Window.of(from, to);
		return this.audit.find(siteCode(site), window.start(), window.end());
	}

	@GetMapping("/audit/export")
	void export(@RequestParam(required = false) String site,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@AuthenticationPrincipal GovsitePrincipal principal, HttpServletResponse response) throws IOException {
		requireSupervision(principal);
		Window window = Window.of(from, to);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		// A byte-order mark so that spreadsheet programs read the Chinese as UTF-8.
		out.write('\ufeff');
		out.write(AuditCsv.HEADER);
		this.audit.each(siteCode(site), window.start(), window.end(), (entry) -> {
			try {
				out.write(AuditCsv.line(entry));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		out.flush();
	}

	@GetMapping("/audit/verify")
	AuditVerification verify(@AuthenticationPrincipal GovsitePrincipal principal) {
		requireSupervision(principal);
		return this.audit.verify();
	}

	private static void requireSupervision(GovsitePrincipal principal) {
		if (!principal.isPlatformAdmin() && !principal.isSupervisor()) {
			throw GovsiteException.forbidden(
					Message.of("仅监管人员和平台管理员可查看审计日志", "Only supervisors and platform admins may read the audit log"));
		}
	}

	private static String siteCode(String site) {
		return (site != null && !site.isBlank()) ? site.strip() : null;
	}

	private record Window(Instant start, Instant end) {

		static Window of(Instant from, Instant to) {
			Instant end = (to != null) ? to : Instant.now().plusSeconds(1);
			Instant start = (from != null) ? from : end.minus(Duration.ofDays(30));
			if (!start.isBefore(end)) {
				throw GovsiteException.invalid("from", Message.of("起始时间须早于结束时间", "from must be before to"));
			}
			return new Window(start, end);
		}

	}

}
