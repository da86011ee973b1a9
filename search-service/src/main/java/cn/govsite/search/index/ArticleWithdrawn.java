package cn.govsite.search.index;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * 撤稿 — the payload of content-service's {@code ArticleWithdrawn} event: the article left
 * the public site, so it leaves the index too.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleWithdrawn(Long articleId, Long siteId) {

	public static final String TYPE = "ArticleWithdrawn";

	/**
	 * The document to remove; the payload must name the same site as the envelope.
	 * @throws IllegalArgumentException when the event cannot be applied (dead-lettered)
	 */
	public String documentId(Long envelopeSiteId) {
		if (this.articleId == null || this.siteId == null) {
			throw new IllegalArgumentException("ArticleWithdrawn lacks articleId or siteId");
		}
		if (envelopeSiteId != null && !Objects.equals(envelopeSiteId, this.siteId)) {
			throw new IllegalArgumentException("ArticleWithdrawn for article " + this.articleId + " names site "
					+ this.siteId + " but its envelope site " + envelopeSiteId);
		}
		return ContentDocument.articleId(this.articleId);
	}

}
