package cn.govsite.search.reindex;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import cn.govsite.search.attachment.AttachmentTexts;
import cn.govsite.search.calls.ServiceToken;
import cn.govsite.search.index.ArticlePublished;
import cn.govsite.search.index.ContentDocument;
import cn.govsite.search.index.SearchIndex.VersionedDocument;

/**
 * Reads every published item from content-service, the source of truth
 * ({@code GET /internal/published?after=&size=}, all sites, article id order), as
 * documents in the shape the {@code ArticlePublished} event gives them. Each item's
 * version is its last change, never newer than the event of that change, so the copy
 * never overwrites what events wrote during the pass.
 */
@Component
class ContentServiceSource implements ContentSource {

	private final RestClient http;

	private final ServiceToken token;

	private final ContentServiceProperties properties;

	private final AttachmentTexts attachments;

	ContentServiceSource(ContentServiceProperties properties, AttachmentTexts attachments) {
		this.attachments = attachments;
		HttpClient client = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(properties.timeout());
		this.http = RestClient.builder().requestFactory(requests).build();
		this.token = new ServiceToken(this.http, properties, Clock.systemUTC());
		this.properties = properties;
	}

	@Override
	public Cursor open() {
		return new PageCursor();
	}

	private Page fetch(String after, int size) {
		String base = this.properties.url().toString().replaceAll("/+$", "");
		String uri = base + "/internal/published?size=" + size + ((after != null) ? "&after=" + after : "");
		try {
			return call(uri);
		}
		catch (RestClientResponseException ex) {
			if (ex.getStatusCode().value() != HttpStatus.UNAUTHORIZED.value()) {
				throw unavailable(uri, ex);
			}
			// The token expired or Keycloak rotated its keys: one fresh try.
			this.token.forget();
			try {
				return call(uri);
			}
			catch (RestClientException again) {
				throw unavailable(uri, again);
			}
		}
		catch (RestClientException ex) {
			throw unavailable(uri, ex);
		}
	}

	private Page call(String uri) {
		Page page = this.http.get()
			.uri(uri)
			.header("Authorization", "Bearer " + this.token.get())
			.retrieve()
			.body(Page.class);
		if (page == null || page.items() == null) {
			throw new IllegalStateException("content-service answered no page to " + uri);
		}
		return page;
	}

	private static IllegalStateException unavailable(String uri, Exception ex) {
		return new IllegalStateException(
				"content-service could not list published items (" + uri + "): " + ex.getMessage(), ex);
	}

	private final class PageCursor implements Cursor {

		private String after;

		private boolean done;

		private long total = -1;

		/** The first page, read to learn the total before the copy asks for it. */
		private List<VersionedDocument> first;

		@Override
		public long total() {
			if (this.total < 0) {
				this.first = read(500);
			}
			return this.total;
		}

		@Override
		public List<VersionedDocument> next(int size) {
			if (this.first != null) {
				List<VersionedDocument> page = this.first;
				this.first = null;
				return page;
			}
			return this.done ? List.of() : read(size);
		}

		private List<VersionedDocument> read(int size) {
			Page page = fetch(this.after, size);
			this.total = page.total();
			this.after = page.next();
			this.done = page.next() == null;
			List<Long> attached = page.items()
				.stream()
				.flatMap(item -> item.document().attachments().stream())
				.distinct()
				.toList();
			Map<Long, String> texts = ContentServiceSource.this.attachments.of(attached);
			List<VersionedDocument> documents = new ArrayList<>(page.items().size());
			for (Item item : page.items()) {
				ContentDocument document = item.document().toDocument(null);
				List<Long> ids = item.document().attachments();
				if (!ids.isEmpty()) {
					document = document.withAttachmentText(ids.stream()
						.distinct()
						.map(texts::get)
						.filter(Objects::nonNull)
						.collect(Collectors.joining("\n")));
				}
				documents.add(new VersionedDocument(item.id(), item.version(), document));
			}
			return documents;
		}

		@Override
		public void close() {
			// Nothing held open: the cursor is the last article id.
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Page(List<Item> items, String next, long total) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Item(String id, Long version, ArticlePublished document) {
	}

}
