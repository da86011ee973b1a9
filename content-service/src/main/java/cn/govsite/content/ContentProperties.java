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
 */
@ConfigurationProperties("govsite.content")
public record ContentProperties(@DefaultValue("http://127.0.0.1:18081") URI tenantServiceUrl,
		@DefaultValue("5s") Duration tenantServiceTimeout, @DefaultValue("20") int homePageSize) {

}
