package cn.govsite.gateway.console;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web console's settings under {@code govsite.console}.
 *
 * @param host the host name the console is served on (any port)
 * @param clientId the Keycloak client the console signs in with
 * @param issuer the OpenID issuer the console signs in at; empty means the one the API
 * accepts ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}), so its port
 * follows {@code GOVSITE_KEYCLOAK_PORT}
 */
@ConfigurationProperties("govsite.console")
public record ConsoleProperties(@DefaultValue("console.govsite.localhost") String host,
		@DefaultValue("govsite-console") String clientId, URI issuer) {

}
