package cn.govsite.search.reindex;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.springframework.stereotype.Component;

import cn.govsite.search.elasticsearch.ElasticsearchCalls;
import cn.govsite.search.elasticsearch.ElasticsearchProperties;
import cn.govsite.search.index.ContentDocument;
import cn.govsite.search.index.ContentIndex;
import cn.govsite.search.index.SearchIndex.VersionedDocument;

/**
 * Reads the live content alias through a point in time (a consistent snapshot, unaffected
 * by writes during the pass) with {@code search_after}, keeping each document's version.
 * The Elasticsearch distribution has no {@code _reindex}, so the copy goes through here.
 */
@Component
class AliasContentSource implements ContentSource {

	private final ElasticsearchClient client;

	private final ContentIndex names;

	AliasContentSource(ElasticsearchClient client, ElasticsearchProperties properties) {
		this.client = client;
		this.names = ContentIndex.of(properties.indexPrefix());
	}

	@Override
	public Cursor open() {
		String pit = ElasticsearchCalls.call("open point in time",
				() -> this.client.openPointInTime(p -> p.index(this.names.alias()).keepAlive(k -> k.time("5m"))).id());
		return new PitCursor(pit);
	}

	private final class PitCursor implements Cursor {

		private String pit;

		private List<FieldValue> after;

		private long total = -1;

		PitCursor(String pit) {
			this.pit = pit;
		}

		@Override
		public long total() {
			if (this.total < 0) {
				this.total = ElasticsearchCalls.call("count",
						() -> AliasContentSource.this.client.count(c -> c.index(AliasContentSource.this.names.alias()))
							.count());
			}
			return this.total;
		}

		@Override
		public List<VersionedDocument> next(int size) {
			SearchResponse<ContentDocument> page = ElasticsearchCalls.call("read page",
					() -> AliasContentSource.this.client.search(s -> {
						s.pit(p -> p.id(this.pit).keepAlive(k -> k.time("5m")))
							.size(size)
							.version(true)
							.trackTotalHits(t -> t.enabled(false))
							.sort(o -> o.field(f -> f.field("_shard_doc").order(SortOrder.Asc)));
						if (this.after != null) {
							s.searchAfter(this.after);
						}
						return s;
					}, ContentDocument.class));
			if (page.pitId() != null) {
				this.pit = page.pitId();
			}
			List<VersionedDocument> documents = new ArrayList<>();
			for (Hit<ContentDocument> hit : page.hits().hits()) {
				ContentDocument doc = hit.source();
				// Documents of an older mapping get the fields the current one derives.
				ContentDocument current = ContentDocument.of(doc.title(), doc.bodyText(), doc.siteId(), doc.siteCode(),
						doc.siteName(), doc.siteDomain(), doc.columnId(), doc.columnName(), doc.columnCategory(),
						doc.type(), doc.path(), doc.publishedAt());
				documents.add(new VersionedDocument(hit.id(), hit.version(), current));
				this.after = hit.sort();
			}
			return documents;
		}

		@Override
		public void close() {
			try {
				AliasContentSource.this.client.closePointInTime(c -> c.id(this.pit));
			}
			catch (Exception ex) {
				// It expires by itself after its keep-alive.
			}
		}

	}

}
