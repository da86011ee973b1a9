package cn.govsite.tenant.audit;

/**
 * The caller's address: the first entry of {@code X-Forwarded-For} (the gateway appends
 * what it saw), else the socket's peer.
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
