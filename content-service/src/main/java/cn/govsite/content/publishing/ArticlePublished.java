package cn.govsite.content.publishing;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.govsite.content.item.ItemTypes;
import cn.govsite.content.item.ResourceRef;

/**
 * Payload of the {@code ArticlePublished} event (contract shared with search-service and
 * the gateway): the article's public facts and where its page lives. The same shape
 * answers {@code GET /internal/published}, so a full reindex and the events index alike.
 *
 * @param archivedAt when the item was archived (已归档: still public, marked and ranked
 * lower by search), or {@code null}
 * @param attachmentIds the library resources attached as documents (附件, 样表), whose text
 * search indexes with the item
 */
public record ArticlePublished(long articleId, long siteId, String siteCode, String siteName, String siteDomain,
		long columnId, String columnName, String title, String bodyText, Instant publishedAt, String path,
		Instant archivedAt, List<Long> attachmentIds) {

	public static final String TYPE = "ArticlePublished";

	/**
	 * The one mapping from stored facts to the payload, for the event and the listing.
	 * @param body the stored body (plain text or HTML); the payload carries its text
	 * @param attachments the stored attachment references (JSON)
	 */
	static ArticlePublished of(long articleId, long siteId, String siteCode, String siteName, String siteDomain,
			long columnId, String columnName, String title, String body, Instant publishedAt, Instant archivedAt,
			String attachments) {
		return new ArticlePublished(articleId, siteId, siteCode, siteName, siteDomain, columnId, columnName, title,
				PlainText.of(body), publishedAt, "/articles/" + articleId + ".html", archivedAt,
				documentIds(attachments, body));
	}

	/** A link from the body to a library file (pictures are {@code img}, not links). */
	private static final Pattern LINKED_FILE = Pattern.compile("<a\\s[^>]*href=\"/assets/(\\d{1,18})/content\"");

	static List<Long> documentIds(String attachments, String body) {
		Stream<Long> attached = ItemTypes.STANDARD.readAttachments(attachments)
			.stream()
			.filter(ref -> ref.purpose() == ResourceRef.Purpose.ATTACHMENT
					|| ref.purpose() == ResourceRef.Purpose.TEMPLATE)
			.map(ResourceRef::assetId);
		Stream<Long> linked = (body != null)
				? LINKED_FILE.matcher(body).results().map(match -> Long.parseLong(match.group(1))) : Stream.empty();
		return Stream.concat(attached, linked).distinct().toList();
	}

}
