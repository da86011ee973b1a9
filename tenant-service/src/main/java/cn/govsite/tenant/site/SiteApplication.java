package cn.govsite.tenant.site;

/**
 * 开通申请 — what a platform admin asks for when opening a site, already checked for shape at
 * the edge.
 *
 * @param siteIdentifier 网站标识码, required when the site goes online at once
 * @param online whether the site is approved and brought online at creation
 */
public record SiteApplication(String code, String name, SiteKind kind, String parentCode, String domain,
		String siteIdentifier, boolean online) {

	/** An application for a site that waits for approval, without identifier. */
	public SiteApplication(String code, String name, SiteKind kind, String parentCode, String domain) {
		this(code, name, kind, parentCode, domain, null, false);
	}

}
