package cn.govsite.search.analytics;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.TenantContext;

/**
 * Search statistics for the console: a site's own ({@code /analytics/queries}, the site
 * resolved by the gateway, any role on it), or the platform's
 * ({@code /admin/analytics/queries}, platform admins and supervisors).
 */
@RestController
class AnalyticsController {

	static final int MAX_DAYS = SearchAnalytics.KEEP_DAYS;

	static final int MAX_LIMIT = 100;

	private final SearchAnalytics analytics;

	AnalyticsController(SearchAnalytics analytics) {
		this.analytics = analytics;
	}

	@GetMapping("/analytics/queries")
	SearchAnalytics.Report site(@AuthenticationPrincipal GovsitePrincipal principal,
			@RequestParam(required = false) Integer days, @RequestParam(required = false) Integer limit) {
		var site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, Role.SITE_ADMIN, Role.EDITOR, Role.REVIEWER, Role.CHIEF);
		Window window = Window.of(days, limit);
		return this.analytics.report(site.code(), window.days(), window.limit());
	}

	@GetMapping("/admin/analytics/queries")
	SearchAnalytics.Report platform(@AuthenticationPrincipal GovsitePrincipal principal,
			@RequestParam(required = false) Integer days, @RequestParam(required = false) Integer limit) {
		if (!principal.isPlatformAdmin() && !principal.isSupervisor()) {
			throw GovsiteException.forbidden(Message.of("仅平台管理员或监管人员可查看全平台搜索统计",
					"Only platform admins and supervisors may see platform-wide search statistics"));
		}
		Window window = Window.of(days, limit);
		return this.analytics.report(null, window.days(), window.limit());
	}

	record Window(int days, int limit) {

		static Window of(Integer days, Integer limit) {
			int d = (days != null) ? days : 7;
			int l = (limit != null) ? limit : 20;
			List<FieldViolation> violations = new ArrayList<>();
			if (d < 1 || d > MAX_DAYS) {
				violations.add(new FieldViolation("days",
						Message.of("天数必须在 1 到 " + MAX_DAYS + " 之间", "must be between 1 and " + MAX_DAYS)));
			}
			if (l < 1 || l > MAX_LIMIT) {
				violations.add(new FieldViolation("limit",
						Message.of("条数必须在 1 到 " + MAX_LIMIT + " 之间", "must be between 1 and " + MAX_LIMIT)));
			}
			if (!violations.isEmpty()) {
				throw new GovsiteException(ProblemType.VALIDATION,
						Message.of("请求中有 " + violations.size() + " 处错误", violations.size() + " field(s) are invalid"),
						violations);
			}
			return new Window(d, l);
		}

	}

}
