package cn.govsite.tenant.site;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Site settings under {@code govsite.tenant} (beside platform-common's
 * {@code shared-tables}).
 *
 * @param baseDomain the city portal is {@code www.{baseDomain}}, department sites
 * {@code {code}.{baseDomain}}
 * @param zone the platform's zone: calendar years and dates of the lifecycle rules
 */
@ConfigurationProperties("govsite.tenant")
public record SiteProperties(@DefaultValue("govsite.localhost") String baseDomain,
		@DefaultValue("Asia/Shanghai") ZoneId zone) {

}
