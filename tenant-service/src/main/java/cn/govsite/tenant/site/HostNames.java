package cn.govsite.tenant.site;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Host names as the site ledger keeps them: lower case, no port, no trailing dot, at
 * least two labels, no IP addresses.
 */
public final class HostNames {

	private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private HostNames() {
	}

	/**
	 * The canonical form of what a client or a Host header sent: trimmed, lower case,
	 * without port and trailing dot. Not validated.
	 */
	public static String normalize(String raw) {
		String host = raw.trim().toLowerCase(Locale.ROOT);
		int colon = host.indexOf(':');
		if (colon >= 0) {
			host = host.substring(0, colon);
		}
		if (host.endsWith(".")) {
			host = host.substring(0, host.length() - 1);
		}
		return host;
	}

	/**
	 * The ASCII (punycode) form of a normalized name: {@code 示范市.政务} becomes
	 * {@code xn--...}; ASCII names are returned as they are, names IDNA refuses too (they
	 * then fail {@link #isValid}).
	 */
	public static String toAscii(String host) {
		if (host.chars().allMatch(c -> c < 0x80)) {
			return host;
		}
		try {
			return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			return host;
		}
	}

	/** Whether the (normalized) name is a DNS host name a site may use. */
	public static boolean isValid(String host) {
		if (host == null || host.isEmpty() || host.length() > 253) {
			return false;
		}
		String[] labels = host.split("\\.", -1);
		if (labels.length < 2) {
			return false;
		}
		for (String label : labels) {
			if (!LABEL.matcher(label).matches()) {
				return false;
			}
		}
		// An all-digit top label means an IP address, not a name.
		return !DIGITS.matcher(labels[labels.length - 1]).matches();
	}

}
