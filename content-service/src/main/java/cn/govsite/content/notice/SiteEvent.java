package cn.govsite.content.notice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a lifecycle or domain event of tenant-service says about a site, as far as notices
 * care: the action ({@code BRING_ONLINE}, {@code TAKE_OFFLINE}…, or
 * {@code DOMAIN_ANNOUNCED} and {@code DOMAIN_CANCELLED}), the state it left, its notice
 * text and dates.
 */
public record SiteEvent(String eventId, String action, String fromStatus, String notice, LocalDate until,
		String migrationTarget, String oldDomain, String newDomain, LocalDate effectiveOn, String reason,
		Instant occurredAt) {

	static final String DOMAIN_ANNOUNCED = "DOMAIN_ANNOUNCED";

	static final String DOMAIN_CANCELLED = "DOMAIN_CANCELLED";

}
