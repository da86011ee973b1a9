package cn.govsite.tenant.site;

/** A site that passed every registration rule, ready to be stored. */
public record PlannedSite(String code, String name, SiteKind kind, Long parentId, String domain,
		String siteIdentifier) {

}
