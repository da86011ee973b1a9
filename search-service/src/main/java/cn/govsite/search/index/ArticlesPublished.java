package cn.govsite.search.index;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * 批量发布 — the payload of content-service's {@code ArticlesPublished} event: articles of
 * one site published together (bulk import, feeds), each as {@link ArticlePublished}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticlesPublished(Long siteId, String siteCode, List<ArticlePublished> articles) {

	public static final String TYPE = "ArticlesPublished";

}
