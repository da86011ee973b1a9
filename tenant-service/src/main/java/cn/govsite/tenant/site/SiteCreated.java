package cn.govsite.tenant.site;

/**
 * Event {@value #TYPE}: a site exists and is reachable on its domain. Consumers (the
 * gateway's site cache, search) read it tolerantly.
 */
public record SiteCreated(long siteId, String code, String name, SiteKind kind, Long parentId, String domain) {

	public static final String TYPE = "SiteCreated";

	public static SiteCreated of(Site site) {
		return new SiteCreated(site.getId(), site.getCode(), site.getName(), site.getKind(), site.getParentId(),
				site.getDomain());
	}

}
