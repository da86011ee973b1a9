package cn.govsite.search.index;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import cn.govsite.common.event.EventConsumer;
import cn.govsite.common.event.EventEnvelope;
import cn.govsite.search.attachment.AttachmentTexts;

/**
 * Keeps the content index in step with published content. Idempotent by construction: an
 * article is always the document {@code article-{id}}, and the event time is the document
 * version, so a repeated or late event never duplicates or rolls back a document. A
 * withdrawal ({@code ArticleWithdrawn}) removes the document with the same versioning, so
 * a withdrawal that arrives after a later republication changes nothing. A batch
 * ({@code ArticlesPublished}) is written with one bulk request.
 */
@Component
class ContentIndexingConsumer implements EventConsumer {

	static final String GROUP = "search-service";

	private final SearchIndex index;

	private final JsonMapper json;

	private final AttachmentTexts attachments;

	ContentIndexingConsumer(SearchIndex index, JsonMapper json, AttachmentTexts attachments) {
		this.index = index;
		this.json = json;
		this.attachments = attachments;
	}

	@Override
	public String group() {
		return GROUP;
	}

	@Override
	public boolean accepts(String eventType) {
		return ArticlePublished.TYPE.equals(eventType) || ArticlesPublished.TYPE.equals(eventType)
				|| ArticleWithdrawn.TYPE.equals(eventType);
	}

	@Override
	public void handle(EventEnvelope event) {
		Long version = (event.occurredAt() != null) ? event.occurredAt().toEpochMilli() : null;
		if (ArticleWithdrawn.TYPE.equals(event.type())) {
			ArticleWithdrawn withdrawn = this.json.treeToValue(event.payload(), ArticleWithdrawn.class);
			this.index.remove(withdrawn.documentId(event.siteId()), version);
			return;
		}
		if (ArticlesPublished.TYPE.equals(event.type())) {
			// One bulk request for the batch; each document keeps the event's version.
			ArticlesPublished batch = this.json.treeToValue(event.payload(), ArticlesPublished.class);
			List<SearchIndex.VersionedDocument> documents = (batch.articles() == null) ? List.of()
					: batch.articles()
						.stream()
						.map(a -> new SearchIndex.VersionedDocument(a.documentId(), version, withAttachments(a, event)))
						.toList();
			this.index.putAll(documents);
			return;
		}
		ArticlePublished article = this.json.treeToValue(event.payload(), ArticlePublished.class);
		this.index.put(article.documentId(), version, withAttachments(article, event));
	}

	private ContentDocument withAttachments(ArticlePublished article, EventEnvelope event) {
		ContentDocument document = article.toDocument(event.siteId());
		if (article.attachments().isEmpty()) {
			return document;
		}
		return document.withAttachmentText(this.attachments.joined(article.attachments()));
	}

}
