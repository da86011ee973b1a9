package cn.govsite.search.query;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;

import org.springframework.stereotype.Service;

import cn.govsite.search.analytics.SearchAnalytics;
import cn.govsite.search.elasticsearch.ElasticsearchCalls;
import cn.govsite.search.elasticsearch.ElasticsearchProperties;
import cn.govsite.search.index.ContentDocument;
import cn.govsite.search.index.ContentIndex;
import cn.govsite.search.index.SearchIndex;
import cn.govsite.search.site.SiteDirectory;
import cn.govsite.search.site.SiteVisibility;

/** 全站检索 — runs a search over the content alias and shapes the answer. */
@Service
class ContentSearch {

	static final int DID_YOU_MEAN_SIZE = 5;

	private final ElasticsearchClient client;

	private final SearchIndex index;

	private final ContentIndex names;

	private final SearchProperties properties;

	private final SiteDirectory sites;

	private final SearchAnalytics analytics;

	private final SiteVisibility visibility;

	ContentSearch(ElasticsearchClient client, SearchIndex index, ElasticsearchProperties elasticsearch,
			SearchProperties properties, SiteDirectory sites, SiteVisibility visibility, SearchAnalytics analytics) {
		this.visibility = visibility;
		this.client = client;
		this.index = index;
		this.names = ContentIndex.of(elasticsearch.indexPrefix());
		this.properties = properties;
		this.sites = sites;
		this.analytics = analytics;
	}

	SearchAnswer search(SearchCriteria criteria) {
		// Creates the index when Elasticsearch was down at startup and no event came
		// since.
		this.index.ensureReady();
		Collection<String> scope = scopeSites(criteria.scope(), criteria.siteCode());
		SearchResponse<ContentDocument> response = ElasticsearchCalls.call("search",
				() -> this.client.search(
						ContentQueryBuilder.build(criteria, this.names.alias(), scope, this.visibility.hiddenSites()),
						ContentDocument.class));
		List<SearchAnswer.Hit> hits = response.hits().hits().stream().map(this::hit).toList();
		long total = (response.hits().total() != null) ? response.hits().total().value() : hits.size();
		Map<String, Aggregate> aggregations = response.aggregations();
		SearchAnswer.Facets facets = new SearchAnswer.Facets(sites(aggregations),
				buckets(aggregations, ContentQueryBuilder.CATEGORIES_FACET),
				buckets(aggregations, ContentQueryBuilder.TYPES_FACET), years(aggregations));
		List<String> didYouMean = (total == 0) ? titles(criteria.query(), scope, DID_YOU_MEAN_SIZE, true) : List.of();
		this.analytics.record(criteria.siteCode(), criteria.query(), total);
		return new SearchAnswer(criteria.query(), criteria.scope(), criteria.sort(), total, criteria.page(),
				criteria.size(), hits, facets, didYouMean);
	}

	/** Titles that start with the words (suggestions as you type). */
	SuggestAnswer suggest(SuggestCriteria criteria) {
		this.index.ensureReady();
		Collection<String> scope = scopeSites(criteria.scope(), criteria.siteCode());
		return new SuggestAnswer(criteria.prefix(), titles(criteria.prefix(), scope, criteria.size(), false));
	}

	private List<String> titles(String prefix, Collection<String> scope, int size, boolean fuzzy) {
		Set<Long> hidden = this.visibility.hiddenSites();
		// Completion contexts cannot exclude sites: ask for more, drop hidden sites'
		// titles.
		int asked = hidden.isEmpty() ? size : size * 3;
		SearchResponse<SiteOnly> response = ElasticsearchCalls.call("suggest", () -> this.client
			.search(ContentQueryBuilder.suggest(this.names.alias(), prefix, scope, asked, fuzzy), SiteOnly.class));
		List<Suggestion<SiteOnly>> suggestions = response.suggest()
			.getOrDefault(ContentQueryBuilder.SUGGESTION, List.of());
		return suggestions.stream()
			.flatMap(suggestion -> suggestion.completion().options().stream())
			.filter(option -> option.source() == null || !hidden.contains(option.source().siteId()))
			.map(option -> option.text())
			.distinct()
			.limit(size)
			.toList();
	}

	/** The one field suggestions read of their documents. */
	public record SiteOnly(Long siteId) {
	}

	/** The site codes a scope covers, or {@code null} for all sites. */
	private Collection<String> scopeSites(SearchCriteria.Scope scope, String siteCode) {
		return switch (scope) {
			case ALL -> null;
			case SITE -> List.of(siteCode);
			case TREE -> this.sites.tree().selfAndDescendants(siteCode);
		};
	}

	private SearchAnswer.Hit hit(Hit<ContentDocument> hit) {
		ContentDocument doc = hit.source();
		Map<String, List<String>> highlight = hit.highlight();
		String titleHighlight = first(highlight, "title");
		String snippet = snippet(first(highlight, "bodyText"), first(highlight, "attachmentText"));
		return new SearchAnswer.Hit(hit.id(), doc.title(),
				(titleHighlight != null) ? titleHighlight : HtmlText.escape(doc.title()),
				(snippet != null) ? snippet : "", doc.siteCode(), doc.siteName(), doc.siteDomain(), doc.columnName(),
				doc.columnCategory(), doc.type(), doc.publishedAt(), doc.path(),
				this.properties.pageUrl(doc.siteDomain(), doc.path()), doc.archivedAt() != null, doc.archivedAt());
	}

	/**
	 * The body's passage with the words; if only an attachment has them, its passage,
	 * labelled as such (both are escaped by the highlighter).
	 */
	static String snippet(String body, String attachment) {
		if (attachment != null && (body == null || !body.contains("<em>"))) {
			return ATTACHMENT_LABEL + attachment;
		}
		return body;
	}

	static final String ATTACHMENT_LABEL = "附件：";

	private static String first(Map<String, List<String>> highlight, String field) {
		List<String> fragments = highlight.get(field);
		return (fragments != null && !fragments.isEmpty()) ? fragments.get(0) : null;
	}

	private static Aggregate inner(Map<String, Aggregate> aggregations, String facet) {
		Aggregate wrapper = aggregations.get(facet);
		return (wrapper != null) ? wrapper.filter().aggregations().get(ContentQueryBuilder.TERMS) : null;
	}

	private static List<SearchAnswer.SiteFacet> sites(Map<String, Aggregate> aggregations) {
		Aggregate sites = inner(aggregations, ContentQueryBuilder.SITES_FACET);
		if (sites == null) {
			return List.of();
		}
		return sites.sterms().buckets().array().stream().map(ContentSearch::site).toList();
	}

	private static List<SearchAnswer.Bucket> buckets(Map<String, Aggregate> aggregations, String facet) {
		Aggregate terms = inner(aggregations, facet);
		if (terms == null) {
			return List.of();
		}
		return terms.sterms()
			.buckets()
			.array()
			.stream()
			.map(b -> new SearchAnswer.Bucket(b.key().stringValue(), b.docCount()))
			.toList();
	}

	private static List<SearchAnswer.Bucket> years(Map<String, Aggregate> aggregations) {
		Aggregate years = inner(aggregations, ContentQueryBuilder.YEARS_FACET);
		if (years == null) {
			return List.of();
		}
		return years.dateHistogram()
			.buckets()
			.array()
			.stream()
			.map(b -> new SearchAnswer.Bucket(b.keyAsString(), b.docCount()))
			.toList();
	}

	private static SearchAnswer.SiteFacet site(StringTermsBucket bucket) {
		Aggregate names = bucket.aggregations().get(ContentQueryBuilder.SITE_NAME);
		List<StringTermsBucket> nameBuckets = (names != null) ? names.sterms().buckets().array() : List.of();
		String name = nameBuckets.isEmpty() ? null : nameBuckets.get(0).key().stringValue();
		return new SearchAnswer.SiteFacet(bucket.key().stringValue(), name, bucket.docCount());
	}

}
