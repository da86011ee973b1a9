package cn.govsite.tenant.audit;

/**
 * The caller's address for the audit log: what the gateway saw (its
 * {@code X-Govsite-Client-Address}, which it sets on every request and never takes from a
 * client), checked to look like an address, else the socket's peer.
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String of(String forwardedFor, String remoteAddress) {
		if (forwardedFor != null) {
			String first = forwardedFor.split(",", 2)[0].strip();
			if (!first.isEmpty() && first.length() <= 45 && first.matches("[0-9A-Fa-f:.]+")) {
				return first;
			}
		}
		return remoteAddress;
	}

}
