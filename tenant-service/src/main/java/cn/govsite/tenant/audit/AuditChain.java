package cn.govsite.tenant.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * 防篡改 — the hash chain over the audit log: every entry's hash covers its own fields and
 * the hash of the entry before it, so changing, removing or reordering any entry breaks
 * every hash after it. The database's triggers stop changes through SQL; the chain shows
 * the ones that bypass them (a dropped trigger, an edited backup).
 */
final class AuditChain {

	/** The hash before the first entry. */
	static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	static String hash(String previous, AuditEntry entry) {
		// Fields joined by a separator that cannot occur in them (a unit separator),
		// nulls as
		// an empty field marked by a distinct byte, so ("a", null) and (null, "a")
		// differ.
		StringBuilder text = new StringBuilder(previous);
		for (Object field : new Object[] { entry.actor(), entry.siteCode(), entry.action(), entry.target(),
				entry.outcome(), entry.clientIp(), entry.requestId(), entry.occurredAt().getEpochSecond() }) {
			text.append('\u001f').append((field != null) ? field.toString() : "\u0000");
		}
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
