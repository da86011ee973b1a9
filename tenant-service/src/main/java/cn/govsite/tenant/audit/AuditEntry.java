package cn.govsite.tenant.audit;

import java.time.Instant;

/**
 * 审计记录 — one administrative call: who, what (method and route), on which site and path,
 * the HTTP outcome, from where, when.
 */
public record AuditEntry(long id, String actor, String siteCode, String action, String target, int outcome,
		String clientIp, String requestId, Instant occurredAt) {

	/** Who calls without a valid token. */
	public static final String ANONYMOUS = "anonymous";

}
