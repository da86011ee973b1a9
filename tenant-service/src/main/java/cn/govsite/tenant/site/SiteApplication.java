package cn.govsite.tenant.site;

/**
 * 开通申请 — what a platform admin asks for when opening a site, already checked for shape at
 * the edge.
 */
public record SiteApplication(String code, String name, SiteKind kind, String parentCode, String domain) {

}
