package cn.govsite.search.index;

import java.time.Instant;

/**
 * 检索文档 — one published item as the content index stores it (the {@code _source}; field
 * names match {@code elasticsearch/content-v1.json}).
 *
 * @param type what kind of item: {@value #ARTICLE} for now; service items and documents
 * come later
 */
public record ContentDocument(String title, String bodyText, Long siteId, String siteCode, String siteName,
		String siteDomain, Long columnId, String columnName, String type, String path, Instant publishedAt) {

	public static final String ARTICLE = "article";

	/** The document id of an article: one document per article, whatever the delivery. */
	public static String articleId(long articleId) {
		return ARTICLE + "-" + articleId;
	}

}
