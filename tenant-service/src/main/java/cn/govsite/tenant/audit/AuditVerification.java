package cn.govsite.tenant.audit;

/**
 * The result of walking the audit hash chain: how many entries were checked, how many
 * predate the chain, and the first entry whose hash does not follow (null when the chain
 * is intact, or when entries were cut off its end).
 */
public record AuditVerification(boolean intact, long checked, long unchained, Long firstBrokenId) {

	static AuditVerification intact(long checked, long unchained) {
		return new AuditVerification(true, checked, unchained, null);
	}

	static AuditVerification broken(long checked, long unchained, Long firstBrokenId) {
		return new AuditVerification(false, checked, unchained, firstBrokenId);
	}

}
