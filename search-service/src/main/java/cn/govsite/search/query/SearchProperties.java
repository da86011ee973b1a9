package cn.govsite.search.query;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hits link to the published pages.
 *
 * @param siteUrlPattern the address of a site's published pages, {@code {domain}} being
 * replaced by the site's domain; the hit's path is appended
 */
@ConfigurationProperties("govsite.search")
public record SearchProperties(@DefaultValue("http://{domain}:18080") String siteUrlPattern) {

	/**
	 * The public address of a page, or {@code null} when the site's domain is unknown.
	 */
	public String pageUrl(String domain, String path) {
		if (domain == null || domain.isBlank()) {
			return null;
		}
		return this.siteUrlPattern.replace("{domain}", domain) + ((path != null) ? path : "/");
	}

}
