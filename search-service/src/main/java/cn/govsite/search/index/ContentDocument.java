package cn.govsite.search.index;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * 检索文档 — one published item as the content index stores it (the {@code _source}; field
 * names match {@code elasticsearch/content-v3.json}).
 *
 * @param columnCategory the kind of column (政策文件, 办事指南…), a facet; {@code null} until
 * content-service sends it
 * @param type what kind of item: {@value #ARTICLE} for now; service items and documents
 * come later
 * @param suggest the completion entry (title, scoped by site) for suggestions as you type
 * @param archivedAt when the item was archived (已归档: findable, marked, ranked lower), or
 * {@code null}
 * @param attachmentText the text of its attached documents (附件), or {@code null}
 */
public record ContentDocument(String title, String bodyText, Long siteId, String siteCode, String siteName,
		String siteDomain, Long columnId, String columnName, String columnCategory, String type, String path,
		Instant publishedAt, Suggest suggest, Instant archivedAt, String attachmentText) {

	public static final String ARTICLE = "article";

	/** The document id of an article: one document per article, whatever the delivery. */
	public static String articleId(long articleId) {
		return ARTICLE + "-" + articleId;
	}

	/** A document with its completion entry derived from the title and site. */
	public static ContentDocument of(String title, String bodyText, Long siteId, String siteCode, String siteName,
			String siteDomain, Long columnId, String columnName, String columnCategory, String type, String path,
			Instant publishedAt) {
		return of(title, bodyText, siteId, siteCode, siteName, siteDomain, columnId, columnName, columnCategory, type,
				path, publishedAt, null);
	}

	/**
	 * The same, for an item archived at {@code archivedAt} ({@code null} if it is not).
	 */
	public static ContentDocument of(String title, String bodyText, Long siteId, String siteCode, String siteName,
			String siteDomain, Long columnId, String columnName, String columnCategory, String type, String path,
			Instant publishedAt, Instant archivedAt) {
		return new ContentDocument(title, bodyText, siteId, siteCode, siteName, siteDomain, columnId, columnName,
				columnCategory, type, path, publishedAt, Suggest.of(title, siteCode), archivedAt, null);
	}

	/** The same document with its attachments' text ({@code null} or blank: none). */
	public ContentDocument withAttachmentText(String text) {
		String kept = (text == null || text.isBlank()) ? null : text;
		return new ContentDocument(this.title, this.bodyText, this.siteId, this.siteCode, this.siteName,
				this.siteDomain, this.columnId, this.columnName, this.columnCategory, this.type, this.path,
				this.publishedAt, this.suggest, this.archivedAt, kept);
	}

	/**
	 * A completion entry; {@code contexts.site} lets suggestions be scoped like searches:
	 * the site's code, and {@value #ALL_SITES} for suggestions over every site
	 * (Elasticsearch requires a context in every query of a field that has contexts).
	 */
	public record Suggest(List<String> input, Map<String, List<String>> contexts) {

		public static final String ALL_SITES = "_all";

		static Suggest of(String title, String siteCode) {
			if (title == null || title.isBlank()) {
				return null;
			}
			return new Suggest(List.of(title),
					Map.of("site", (siteCode != null) ? List.of(siteCode, ALL_SITES) : List.of(ALL_SITES)));
		}

	}

}
