package cn.govsite.common.security;

import java.util.List;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;

/**
 * Who may call a service's {@code /internal} API: a client-credentials token of a listed
 * service client ({@code govsite.security.internal-clients}). A person's token is refused
 * whatever their roles, platform admins included: the internal API spans every site, and
 * people read through the site-scoped API. The gateway hides {@code /internal/**} from
 * the outside as well; this check holds on the service's own port.
 */
public final class ServiceCallers {

	private final List<String> clients;

	public ServiceCallers(List<String> clients) {
		this.clients = List.copyOf(clients);
	}

	/**
	 * @throws GovsiteException 403 unless the caller is a listed service client
	 */
	public void require(GovsiteAuthentication caller) {
		String client = (caller != null) ? caller.getCredentials().getClaimAsString("azp") : null;
		// Keycloak marks a client's own token with client_id; a user's token has none.
		boolean service = caller != null && caller.getCredentials().hasClaim("client_id");
		if (!service || client == null || !this.clients.contains(client)) {
			throw GovsiteException
				.forbidden(Message.of("仅限平台内部服务调用", "Only the platform's own services may call this"));
		}
	}

}
