package cn.govsite.content.notice;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notices pinned on portals, under {@code govsite.content.notices}.
 *
 * @param openingDays how long a new site's opening notice stays (seed: at least 30 days)
 * @param closedDays how long the notice of where a closed site's content went stays
 * @param domainChangeDays how long a domain change stays announced after it took effect
 * (seed 001 第十一条(五): three months)
 * @param siteUrlPattern the address of a site's home, {@code {domain}} being replaced
 * @param expiryInterval how often ended notices are taken off the pages
 * @param shown the most notices a home page shows
 */
@ConfigurationProperties("govsite.content.notices")
public record NoticeProperties(@DefaultValue("30d") Duration openingDays, @DefaultValue("30d") Duration closedDays,
		@DefaultValue("92d") Duration domainChangeDays, @DefaultValue("http://{domain}:18080/") String siteUrlPattern,
		@DefaultValue("5m") Duration expiryInterval, @DefaultValue("10") int shown) {

	String siteUrl(String domain) {
		return this.siteUrlPattern.replace("{domain}", domain);
	}

}
