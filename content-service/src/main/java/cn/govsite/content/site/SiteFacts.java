package cn.govsite.content.site;

/**
 * What content-service needs to know about a site, whether it came from an event or from
 * tenant-service's public API.
 */
public record SiteFacts(long siteId, String code, String name, String kind, Long parentId, String domain) {

}
