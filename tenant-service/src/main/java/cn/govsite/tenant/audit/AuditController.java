package cn.govsite.tenant.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
 * {@value AuditLog#PAGE} entries.
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
		if (!principal.isPlatformAdmin() && !principal.isSupervisor()) {
			throw GovsiteException.forbidden(
					Message.of("仅监管人员和平台管理员可查看审计日志", "Only supervisors and platform admins may read the audit log"));
		}
		Instant end = (to != null) ? to : Instant.now().plusSeconds(1);
		Instant start = (from != null) ? from : end.minus(Duration.ofDays(30));
		if (!start.isBefore(end)) {
			throw GovsiteException.invalid("from", Message.of("起始时间须早于结束时间", "from must be before to"));
		}
		return this.audit.find((site != null && !site.isBlank()) ? site.strip() : null, start, end);
	}

}
