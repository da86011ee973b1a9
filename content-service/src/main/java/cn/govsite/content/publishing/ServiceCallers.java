package cn.govsite.content.publishing;

import org.springframework.stereotype.Component;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.security.GovsiteAuthentication;

/**
 * Who may call the {@code /internal} API: a client-credentials token of a listed service
 * client. A person's token is refused whatever their roles, platform admins included: the
 * listing spans every site, and people read content through the site-scoped API.
 */
@Component
class ServiceCallers {

	private final InternalApiProperties properties;

	ServiceCallers(InternalApiProperties properties) {
		this.properties = properties;
	}

	void require(GovsiteAuthentication caller) {
		String client = (caller != null) ? caller.getCredentials().getClaimAsString("azp") : null;
		// Keycloak marks a client's own token with client_id; a user's token has none.
		boolean service = caller != null && caller.getCredentials().hasClaim("client_id");
		if (!service || client == null || !this.properties.clients().contains(client)) {
			throw GovsiteException
				.forbidden(Message.of("仅限平台内部服务调用", "Only the platform's own services may call this"));
		}
	}

}
