package cn.govsite.tenant.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tenant-service reaches Keycloak's admin API: the platform realm, with the
 * client-credentials service account of {@code govsite-jobs}.
 *
 * @param url Keycloak's base URL (without {@code /realms})
 * @param realm the platform realm
 * @param clientId confidential client whose service account may manage groups
 * @param clientSecret its secret
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 */
@ConfigurationProperties("govsite.keycloak")
public record KeycloakProperties(@DefaultValue("http://127.0.0.1:18180") String url,
		@DefaultValue("govsite") String realm, @DefaultValue("govsite-jobs") String clientId,
		@DefaultValue("govsite-jobs-dev-secret") String clientSecret, @DefaultValue("3s") Duration connectTimeout,
		@DefaultValue("10s") Duration readTimeout) {

}
