package cn.govsite.tenant.site;

/**
 * A site as anyone may see it: what the gateway needs to route a host to its site and
 * pages need for their header.
 */
public record PublicSiteView(long id, String code, String name, SiteKind kind, Long parentId, String domain,
		SiteStatus status) {

	static PublicSiteView of(Site site) {
		return new PublicSiteView(site.getId(), site.getCode(), site.getName(), site.getKind(), site.getParentId(),
				site.getDomain(), site.getStatus());
	}

}
