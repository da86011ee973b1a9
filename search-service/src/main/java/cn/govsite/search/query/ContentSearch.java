package cn.govsite.search.query;

import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.springframework.stereotype.Service;

import cn.govsite.search.elasticsearch.ElasticsearchCalls;
import cn.govsite.search.elasticsearch.ElasticsearchProperties;
import cn.govsite.search.index.ContentDocument;
import cn.govsite.search.index.ContentIndex;
import cn.govsite.search.index.SearchIndex;

/** 全站检索 — runs a search over the content alias and shapes the answer. */
@Service
class ContentSearch {

	private final ElasticsearchClient client;

	private final SearchIndex index;

	private final ContentIndex names;

	private final SearchProperties properties;

	ContentSearch(ElasticsearchClient client, SearchIndex index, ElasticsearchProperties elasticsearch,
			SearchProperties properties) {
		this.client = client;
		this.index = index;
		this.names = ContentIndex.of(elasticsearch.indexPrefix());
		this.properties = properties;
	}

	SearchAnswer search(SearchCriteria criteria) {
		// Creates the index when Elasticsearch was down at startup and no event came
		// since.
		this.index.ensureReady();
		SearchResponse<ContentDocument> response = ElasticsearchCalls.call("search", () -> this.client
			.search(ContentQueryBuilder.build(criteria, this.names.alias()), ContentDocument.class));
		List<SearchAnswer.Hit> hits = response.hits().hits().stream().map(this::hit).toList();
		long total = (response.hits().total() != null) ? response.hits().total().value() : hits.size();
		return new SearchAnswer(criteria.query(), total, criteria.page(), criteria.size(), hits,
				new SearchAnswer.Facets(sites(response.aggregations())));
	}

	private SearchAnswer.Hit hit(Hit<ContentDocument> hit) {
		ContentDocument doc = hit.source();
		Map<String, List<String>> highlight = hit.highlight();
		String titleHighlight = first(highlight, "title");
		String snippet = first(highlight, "bodyText");
		return new SearchAnswer.Hit(hit.id(), doc.title(),
				(titleHighlight != null) ? titleHighlight : HtmlText.escape(doc.title()),
				(snippet != null) ? snippet : "", doc.siteCode(), doc.siteName(), doc.siteDomain(), doc.columnName(),
				doc.publishedAt(), doc.path(), this.properties.pageUrl(doc.siteDomain(), doc.path()));
	}

	private static String first(Map<String, List<String>> highlight, String field) {
		List<String> fragments = highlight.get(field);
		return (fragments != null && !fragments.isEmpty()) ? fragments.get(0) : null;
	}

	private static List<SearchAnswer.SiteFacet> sites(Map<String, Aggregate> aggregations) {
		Aggregate sites = aggregations.get(ContentQueryBuilder.SITES_FACET);
		if (sites == null) {
			return List.of();
		}
		return sites.sterms().buckets().array().stream().map(ContentSearch::site).toList();
	}

	private static SearchAnswer.SiteFacet site(StringTermsBucket bucket) {
		Aggregate names = bucket.aggregations().get(ContentQueryBuilder.SITE_NAME);
		List<StringTermsBucket> nameBuckets = (names != null) ? names.sterms().buckets().array() : List.of();
		String name = nameBuckets.isEmpty() ? null : nameBuckets.get(0).key().stringValue();
		return new SearchAnswer.SiteFacet(bucket.key().stringValue(), name, bucket.docCount());
	}

}
