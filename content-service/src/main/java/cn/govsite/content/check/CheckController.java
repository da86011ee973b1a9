package cn.govsite.content.check;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.TenantContext;

/** {@code POST /checks} — the console's 质检 of a title and body before saving. */
@RestController
class CheckController {

	private final CheckService checks;

	CheckController(CheckService checks) {
		this.checks = checks;
	}

	@PostMapping("/checks")
	CheckResult check(@AuthenticationPrincipal GovsitePrincipal principal, @Valid @RequestBody CheckRequest request) {
		SiteAccess.requireSiteRole(principal, TenantContext.require(), Role.SITE_ADMIN, Role.EDITOR, Role.REVIEWER,
				Role.CHIEF);
		ContentChecks.Report report = this.checks.run(request.title(), request.body());
		return new CheckResult(report.blocked(), report.findings());
	}

	record CheckRequest(@NotNull @Size(max = 200) String title, @NotNull @Size(max = 200_000) String body) {

	}

	record CheckResult(boolean blocked, List<Finding> findings) {

	}

}
