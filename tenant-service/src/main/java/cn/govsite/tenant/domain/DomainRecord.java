package cn.govsite.tenant.domain;

import java.time.Instant;

/**
 * 域名台账记录 — one event in the life of a site's domain.
 *
 * @param kind {@code ENGLISH} (a {@code .gov.cn} name) or {@code CHINESE} ({@code .政务})
 * @param action {@code REGISTERED}, {@code ANNOUNCED} (a change to this domain),
 * {@code CANCELLED} (that change withdrawn), {@code CHANGED} (the site switched to it) or
 * {@code RELEASED}
 */
public record DomainRecord(long id, long siteId, String siteCode, String domain, String kind, String action,
		String note, String actor, Instant occurredAt) {

	public static final String ENGLISH = "ENGLISH";

	public static final String CHINESE = "CHINESE";

	public static final String REGISTERED = "REGISTERED";

	public static final String ANNOUNCED = "ANNOUNCED";

	public static final String CANCELLED = "CANCELLED";

	public static final String CHANGED = "CHANGED";

	public static final String RELEASED = "RELEASED";

}
