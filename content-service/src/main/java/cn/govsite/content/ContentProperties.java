package cn.govsite.content;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the content service under {@code govsite.content}; the defaults run against
 * the launcher's local services.
 *
 * @param tenantServiceUrl where tenant-service's public API answers, asked for a site
 * whose {@code SiteCreated} event has not arrived yet
 * @param tenantServiceTimeout how long that request may take
 * @param homePageSize how many of the newest published articles the home page lists
 * @param assetServiceUrl where asset-service answers which media a site may use (先入库、后使用)
 * @param assetServiceTimeout how long that request may take
 * @param serviceCredentialsUri Keycloak's token endpoint, for the scheduler's calls made
 * without a user (client credentials)
 * @param serviceClientId the confidential client of those calls
 * @param serviceClientSecret its secret; the local default is the dev realm's
 */
@ConfigurationProperties("govsite.content")
public record ContentProperties(@DefaultValue("http://127.0.0.1:18081") URI tenantServiceUrl,
		@DefaultValue("5s") Duration tenantServiceTimeout, @DefaultValue("20") int homePageSize,
		@DefaultValue("http://127.0.0.1:18084") URI assetServiceUrl, @DefaultValue("5s") Duration assetServiceTimeout,
		@DefaultValue("http://127.0.0.1:18180/realms/govsite/protocol/openid-connect/token") URI serviceCredentialsUri,
		@DefaultValue("govsite-jobs") String serviceClientId,
		@DefaultValue("govsite-jobs-dev-secret") String serviceClientSecret) {

}
