package cn.govsite.common.web;

/**
 * The address of the client a request came from, as the gateway saw it (the peer of its
 * connection). The gateway sets it on every request it forwards and drops any value a
 * client sent; services behind it count per-client limits on it. {@code X-Forwarded-For}
 * cannot serve: the gateway strips it (its proxies are not trusted), and a client could
 * write anything into it.
 */
public final class ClientAddress {

	public static final String HEADER = "X-Govsite-Client-Address";

	private ClientAddress() {
	}

}
