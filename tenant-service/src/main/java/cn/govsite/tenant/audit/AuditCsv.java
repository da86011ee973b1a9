package cn.govsite.tenant.audit;

/**
 * The audit log as CSV (RFC 4180) for archiving and for the supervisors' spreadsheets.
 * Cells that a spreadsheet would run as a formula (=, +, -, @ first) are prefixed with an
 * apostrophe: the target path and actor come from callers.
 */
final class AuditCsv {

	static final String HEADER = "id,occurred_at,actor,site,action,target,outcome,client_ip,request_id\r\n";

	private AuditCsv() {
	}

	static String line(AuditEntry entry) {
		return String.join(",", String.valueOf(entry.id()), entry.occurredAt().toString(), cell(entry.actor()),
				cell(entry.siteCode()), cell(entry.action()), cell(entry.target()), String.valueOf(entry.outcome()),
				cell(entry.clientIp()), cell(entry.requestId())) + "\r\n";
	}

	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String text = ("=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
				|| !text.equals(value)) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
