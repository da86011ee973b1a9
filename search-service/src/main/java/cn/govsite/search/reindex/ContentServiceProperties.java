package cn.govsite.search.reindex;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a full reindex reads from, under {@code govsite.search.content-service}: content-
 * service's internal listing, called with a client-credentials token of a service client.
 *
 * @param url content-service's base address
 * @param realmUrl the Keycloak realm that grants the token (its token endpoint is
 * {@code {realmUrl}/protocol/openid-connect/token})
 * @param clientId the service client ({@code govsite-jobs}, allowed by content-service)
 * @param clientSecret its secret (from a Kubernetes secret when deployed)
 * @param timeout how long one page may take
 */
@ConfigurationProperties("govsite.search.content-service")
public record ContentServiceProperties(@DefaultValue("http://127.0.0.1:18082") URI url,
		@DefaultValue("http://127.0.0.1:18180/realms/govsite") URI realmUrl,
		@DefaultValue("govsite-jobs") String clientId, @DefaultValue("govsite-jobs-dev-secret") String clientSecret,
		@DefaultValue("30s") Duration timeout) {

	/** Where the client-credentials grant is asked for. */
	public URI tokenUri() {
		return URI.create(this.realmUrl.toString().replaceAll("/+$", "") + "/protocol/openid-connect/token");
	}

}
