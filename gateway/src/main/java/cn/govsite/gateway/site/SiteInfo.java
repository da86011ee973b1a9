package cn.govsite.gateway.site;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A site as tenant-service's public API describes it; what the gateway needs to route and
 * authorise a request and to answer for the site's state ({@link SiteStatePolicy}):
 * {@code notice}, {@code until} (ISO date, last day of a temporary offline) and
 * {@code migrationTarget}; {@code formerDomain}, the English domain before a change,
 * which redirects to {@code domain} for 3 months. Unknown fields are ignored so
 * tenant-service can add some.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SiteInfo(long id, String code, String name, String kind, Long parentId, String domain, String status,
		String notice, String until, String migrationTarget, String formerDomain) {

	/** A site without a former domain. */
	public SiteInfo(long id, String code, String name, String kind, Long parentId, String domain, String status,
			String notice, String until, String migrationTarget) {
		this(id, code, name, kind, parentId, domain, status, notice, until, migrationTarget, null);
	}

}
