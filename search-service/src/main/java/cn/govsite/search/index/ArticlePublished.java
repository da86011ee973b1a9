package cn.govsite.search.index;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * 文章发布 — the payload of content-service's {@code ArticlePublished} event, read
 * tolerantly: fields added later are ignored. {@code columnCategory} is read when present
 * (content-service does not send it yet); {@code archivedAt} when the item is archived;
 * {@code attachmentIds} the library documents attached, whose text is indexed with it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticlePublished(Long articleId, Long siteId, String siteCode, String siteName, String siteDomain,
		Long columnId, String columnName, String columnCategory, String title, String bodyText, Instant publishedAt,
		String path, Instant archivedAt, List<Long> attachmentIds) {

	public static final String TYPE = "ArticlePublished";

	/**
	 * The document to index. The payload must name the article and the same site as the
	 * envelope: a document filed under the wrong site would show up in another tenant's
	 * search.
	 * @throws IllegalArgumentException when the event cannot be indexed; retries will not
	 * help, so it ends in the dead-letter stream for an operator to look at
	 */
	public ContentDocument toDocument(Long envelopeSiteId) {
		if (this.articleId == null || this.siteId == null || this.siteCode == null || this.title == null) {
			throw new IllegalArgumentException("ArticlePublished lacks articleId, siteId, siteCode or title");
		}
		if (envelopeSiteId != null && !Objects.equals(envelopeSiteId, this.siteId)) {
			throw new IllegalArgumentException("ArticlePublished for article " + this.articleId + " names site "
					+ this.siteId + " but its envelope site " + envelopeSiteId);
		}
		return ContentDocument.of(this.title, (this.bodyText != null) ? this.bodyText : "", this.siteId, this.siteCode,
				this.siteName, this.siteDomain, this.columnId, this.columnName, this.columnCategory,
				ContentDocument.ARTICLE, this.path, this.publishedAt, this.archivedAt);
	}

	/** The attached documents' ids, empty if none (or an older event without them). */
	public List<Long> attachments() {
		return (this.attachmentIds != null) ? this.attachmentIds : List.of();
	}

	public String documentId() {
		return ContentDocument.articleId(this.articleId);
	}

}
