package cn.govsite.tenant.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import cn.govsite.tenant.site.SiteStatus;

/**
 * Event {@value #TYPE}: a site moved in its lifecycle. The gateway evicts its cached site
 * (by {@code code} and {@code domain}); supervision reads {@code reportRequired}
 * (emergency shutdowns are reported).
 */
public record SiteStatusChanged(long siteId, String code, String domain, String action, SiteStatus from, SiteStatus to,
		String reason, String notice, LocalDate until, String migrationTarget, Map<String, String> columnTargets,
		boolean reportRequired, String actor, Instant occurredAt) {

	public static final String TYPE = "SiteStatusChanged";

}
