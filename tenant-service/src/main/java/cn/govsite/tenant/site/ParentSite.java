package cn.govsite.tenant.site;

/** The site an application names as its parent, as the rules need to see it. */
public record ParentSite(long id, String code, SiteKind kind) {

}
