package cn.govsite.tenant.identity;

import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import org.jboss.resteasy.client.jaxrs.ResteasyClientBuilder;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keycloak's admin client (RESTEasy with its own Jackson 2, apart from the service's
 * Jackson 3), logged in with client credentials; it renews its token itself.
 */
@Configuration(proxyBeanMethods = false)
class KeycloakAdminConfiguration {

	@Bean(destroyMethod = "close")
	Keycloak keycloakAdmin(KeycloakProperties properties) {
		// A pooled connection manager: RESTEasy's default is a single connection that
		// concurrent requests would fight over. Keycloak's own Jackson provider ignores
		// fields a newer server adds.
		Client client = ((ResteasyClientBuilder) ClientBuilder.newBuilder()).connectionPoolSize(10)
			.connectTimeout(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.readTimeout(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.register(new JacksonProvider(), 100)
			.build();
		return KeycloakBuilder.builder()
			.serverUrl(properties.url())
			.realm(properties.realm())
			.grantType(OAuth2Constants.CLIENT_CREDENTIALS)
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			.resteasyClient(client)
			.build();
	}

}
