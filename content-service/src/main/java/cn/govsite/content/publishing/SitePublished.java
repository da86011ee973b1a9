package cn.govsite.content.publishing;

/**
 * Payload of the {@code SitePublished} event: a site's pages were rendered again (a
 * republish or a restore), so caches of its pages are stale.
 */
public record SitePublished(long siteId, String siteCode, long jobId, int pages, int written) {

	public static final String TYPE = "SitePublished";

}
