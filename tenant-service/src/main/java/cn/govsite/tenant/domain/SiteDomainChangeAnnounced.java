package cn.govsite.tenant.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Event {@value #TYPE}: a site's English domain will change on {@code effectiveOn}
 * (content-service pins the notice on the site's home and the city portal's home: 提前在原网站和
 * 市政府门户网站发布公告).
 */
public record SiteDomainChangeAnnounced(long siteId, String code, String name, String oldDomain, String newDomain,
		LocalDate effectiveOn, String reason, Instant occurredAt) {

	public static final String TYPE = "SiteDomainChangeAnnounced";

}
