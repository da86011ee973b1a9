package cn.govsite.search.query;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.CombinedFieldsOperator;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;

import cn.govsite.search.index.ContentDocument;

/**
 * Turns {@link SearchCriteria} into the Elasticsearch request.
 * <ul>
 * <li>The words must all occur, title and body read as one field ({@code combined_fields}
 * + {@code and}, BM25F): segmented Chinese words are many short terms, and "any term"
 * would match nearly everything. Title terms weigh {@value #TITLE_WEIGHT} times as much,
 * and the whole query as a phrase in the title adds more. The fields are searched with
 * {@code govsite_chinese_search}, so 社保 also finds 社会保险.</li>
 * <li>A query that asks how to get something done ({@link ServiceIntent}) lifts service
 * guides above everything else that matches.</li>
 * <li>Recency is a mild boost: a score is multiplied by 1 to 1.5, fading over about a
 * year, so a good old match still beats a weak new one.</li>
 * <li>Filters (scope, category, type, year) go in a {@code post_filter}; each facet
 * counts with every filter but its own, so a citizen sees where else the words occur and
 * can change any filter.</li>
 * <li>Highlights are HTML-escaped by Elasticsearch ({@code encoder: html}); only our
 * {@code <em>} tags are markup. The whole title is highlighted; the body gives one
 * fragment of about {@value #SNIPPET_LENGTH} characters, or its beginning when the words
 * are only in the title.</li>
 * </ul>
 */
public final class ContentQueryBuilder {

	static final String SITES_FACET = "sites";

	static final String CATEGORIES_FACET = "categories";

	static final String TYPES_FACET = "types";

	static final String YEARS_FACET = "years";

	static final String SITE_NAME = "name";

	static final String TERMS = "terms";

	static final int SITE_FACET_SIZE = 100;

	static final int FACET_SIZE = 20;

	static final int SNIPPET_LENGTH = 100;

	static final int TITLE_NO_MATCH_LENGTH = 500;

	static final int TITLE_WEIGHT = 3;

	/** Added to service guides for queries that ask how to get something done. */
	static final float SERVICE_GUIDE_BOOST = 20.0f;

	/** Archived items (已归档) stay findable but yield to current ones. */
	static final double ARCHIVED_WEIGHT = 0.4;

	/** Dates are days in China: a year facet and filter follow Beijing time. */
	static final String TIME_ZONE = "+08:00";

	private ContentQueryBuilder() {
	}

	/**
	 * @param scopeSites the site codes the scope covers, or {@code null} for all sites
	 * @param hiddenSites ids of sites the public must not see (offline, closing, closed):
	 * left out of hits and facets alike
	 */
	public static SearchRequest build(SearchCriteria criteria, String alias, Collection<String> scopeSites,
			Collection<Long> hiddenSites) {
		Map<String, Query> filters = filters(criteria, scopeSites);
		return SearchRequest.of(s -> {
			s.index(alias)
				.from(criteria.from())
				.size(criteria.size())
				.trackTotalHits(t -> t.enabled(true))
				.source(src -> src.filter(f -> f.excludes("bodyText", "attachmentText", "suggest")))
				.query(visible(scored(criteria.query()), hiddenSites))
				.sort(sort(criteria.sort()))
				.highlight(h -> h.encoder(HighlighterEncoder.Html)
					.preTags("<em>")
					.postTags("</em>")
					.fields(NamedValue.of("title",
							HighlightField.of(f -> f.numberOfFragments(0).noMatchSize(TITLE_NO_MATCH_LENGTH))),
							NamedValue.of("bodyText",
									HighlightField.of(f -> f.fragmentSize(SNIPPET_LENGTH)
										.numberOfFragments(1)
										.noMatchSize(SNIPPET_LENGTH))),
							NamedValue.of("attachmentText",
									HighlightField.of(f -> f.fragmentSize(SNIPPET_LENGTH).numberOfFragments(1)))));
			facet(s, SITES_FACET, filters, a -> a.terms(t -> t.field("siteCode").size(SITE_FACET_SIZE))
				.aggregations(SITE_NAME, n -> n.terms(t -> t.field("siteName").size(1))));
			facet(s, CATEGORIES_FACET, filters, a -> a.terms(t -> t.field("columnCategory").size(FACET_SIZE)));
			facet(s, TYPES_FACET, filters, a -> a.terms(t -> t.field("type").size(FACET_SIZE)));
			facet(s, YEARS_FACET, filters,
					a -> a.dateHistogram(d -> d.field("publishedAt")
						.calendarInterval(CalendarInterval.Year)
						.format("yyyy")
						.timeZone(TIME_ZONE)
						.minDocCount(1)
						.order(NamedValue.of("_key", SortOrder.Desc))));
			if (!filters.isEmpty()) {
				s.postFilter(all(filters.values()));
			}
			return s;
		});
	}

	/** The filters by the facet they belong to (a facet ignores its own filter). */
	static Map<String, Query> filters(SearchCriteria criteria, Collection<String> scopeSites) {
		Map<String, Query> filters = new LinkedHashMap<>();
		if (scopeSites != null) {
			List<FieldValue> codes = scopeSites.stream().map(FieldValue::of).toList();
			filters.put(SITES_FACET,
					(codes.size() == 1) ? Query.of(q -> q.term(t -> t.field("siteCode").value(codes.get(0))))
							: Query.of(q -> q.terms(t -> t.field("siteCode").terms(v -> v.value(codes)))));
		}
		if (criteria.category() != null) {
			filters.put(CATEGORIES_FACET,
					Query.of(q -> q.term(t -> t.field("columnCategory").value(criteria.category()))));
		}
		if (criteria.type() != null) {
			filters.put(TYPES_FACET, Query.of(q -> q.term(t -> t.field("type").value(criteria.type()))));
		}
		if (criteria.year() != null) {
			Year year = Year.of(criteria.year());
			filters.put(YEARS_FACET,
					Query.of(q -> q.range(r -> r.date(d -> d.field("publishedAt")
						.gte(year + "-01-01")
						.lt(year.plusYears(1) + "-01-01")
						.timeZone(TIME_ZONE)))));
		}
		return filters;
	}

	private static void facet(SearchRequest.Builder s, String name, Map<String, Query> filters,
			java.util.function.Function<co.elastic.clients.elasticsearch._types.aggregations.Aggregation.Builder, co.elastic.clients.util.ObjectBuilder<co.elastic.clients.elasticsearch._types.aggregations.Aggregation>> inner) {
		List<Query> others = new ArrayList<>();
		filters.forEach((facet, filter) -> {
			if (!facet.equals(name)) {
				others.add(filter);
			}
		});
		s.aggregations(name, a -> a.filter(all(others)).aggregations(TERMS, inner));
	}

	private static Query all(Collection<Query> filters) {
		if (filters.isEmpty()) {
			return Query.of(q -> q.matchAll(m -> m));
		}
		return Query.of(q -> q.bool(b -> b.filter(List.copyOf(filters))));
	}

	private static Query visible(Query query, Collection<Long> hiddenSites) {
		if (hiddenSites.isEmpty()) {
			return query;
		}
		List<FieldValue> ids = hiddenSites.stream().map(FieldValue::of).toList();
		return Query
			.of(q -> q.bool(b -> b.must(query).mustNot(n -> n.terms(t -> t.field("siteId").terms(v -> v.value(ids))))));
	}

	/**
	 * The words, weighted towards the title and, mildly, towards recent items; archived
	 * items count {@value #ARCHIVED_WEIGHT} of their score.
	 */
	static Query scored(String words) {
		boolean serviceIntent = ServiceIntent.of(words);
		Query match = Query.of(q -> q.bool(b -> {
			b.must(m -> m.combinedFields(c -> c.query(words)
				.fields("title^" + TITLE_WEIGHT, "bodyText", "attachmentText")
				.operator(CombinedFieldsOperator.And)))
				.should(p -> p.matchPhrase(mp -> mp.field("title").query(words).boost(2.0f)));
			if (serviceIntent) {
				// A constant well above what recency or a better title match adds.
				b.should(g -> g.constantScore(c -> c.boost(SERVICE_GUIDE_BOOST)
					.filter(f -> f.bool(any -> any
						.should(t -> t.term(term -> term.field("columnCategory").value(ServiceIntent.GUIDE_CATEGORY)))
						.should(t -> t.term(term -> term.field("type").value(ServiceIntent.SERVICE_TYPE)))))));
			}
			return b;
		}));
		Query recent = Query.of(q -> q.functionScore(f -> f.query(match)
			.functions(fn -> fn.gauss(g -> g.date(d -> d.field("publishedAt")
				.placement(p -> p.origin("now")
					.scale(Time.of(t -> t.time("365d")))
					.offset(Time.of(t -> t.time("30d")))
					.decay(0.5))))
				.weight(0.5))
			.functions(fn -> fn.weight(1.0))
			.scoreMode(FunctionScoreMode.Sum)
			.boostMode(FunctionBoostMode.Multiply)));
		return Query.of(q -> q.functionScore(f -> f.query(recent)
			.functions(fn -> fn.filter(x -> x.exists(e -> e.field("archivedAt"))).weight(ARCHIVED_WEIGHT))
			.scoreMode(FunctionScoreMode.Multiply)
			.boostMode(FunctionBoostMode.Multiply)));
	}

	private static List<SortOptions> sort(SearchCriteria.Sort sort) {
		SortOptions score = SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc)));
		SortOptions date = SortOptions
			.of(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc).missing("_last")));
		return (sort == SearchCriteria.Sort.DATE) ? List.of(date, score) : List.of(score, date);
	}

	/** Suggestions as you type: titles starting with the words, within the scope. */
	public static SearchRequest suggest(String alias, String prefix, Collection<String> scopeSites, int size,
			boolean fuzzy) {
		List<String> contexts = (scopeSites != null) ? List.copyOf(scopeSites)
				: List.of(ContentDocument.Suggest.ALL_SITES);
		return SearchRequest.of(s -> s.index(alias)
			.size(0)
			.source(src -> src.filter(f -> f.includes("siteId")))
			.suggest(sg -> sg.suggesters(SUGGESTION, fs -> fs.prefix(prefix).completion(c -> {
				c.field("suggest")
					.size(size)
					.skipDuplicates(true)
					.contexts("site",
							contexts.stream()
								.map(code -> co.elastic.clients.elasticsearch.core.search.CompletionContext
									.of(cc -> cc.context(ctx -> ctx.category(code))))
								.toList());
				if (fuzzy) {
					c.fuzzy(z -> z.fuzziness("1").unicodeAware(true).prefixLength(1));
				}
				return c;
			}))));
	}

	static final String SUGGESTION = "titles";

}
