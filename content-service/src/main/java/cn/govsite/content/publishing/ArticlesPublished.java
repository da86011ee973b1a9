package cn.govsite.content.publishing;

import java.util.List;

/**
 * Payload of the {@code ArticlesPublished} event (批量发布): several articles of one site
 * published together by a bulk import or a feed, each in the shape of
 * {@link ArticlePublished}. One event per batch lets search-service index them with one
 * bulk request and the gateway drop the site's cached pages once.
 */
public record ArticlesPublished(long siteId, String siteCode, List<ArticlePublished> articles) {

	public static final String TYPE = "ArticlesPublished";

}
