package cn.govsite.tenant.domain;

import java.time.Instant;

/**
 * Event {@value #TYPE}: an announced domain change was withdrawn before it took effect.
 */
public record SiteDomainChangeCancelled(long siteId, String code, String oldDomain, String newDomain,
		Instant occurredAt) {

	public static final String TYPE = "SiteDomainChangeCancelled";

}
