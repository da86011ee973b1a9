package cn.govsite.search.query;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;

/**
 * Turns {@link SearchCriteria} into the Elasticsearch request.
 * <ul>
 * <li>The words must all occur, each in the title or the body ({@code cross_fields} +
 * {@code and}): segmented Chinese words are many short terms, and "any term" would match
 * nearly everything. Title hits weigh three times as much.</li>
 * <li>The site goes in a {@code post_filter}: hits are restricted to that site while the
 * site facet still counts every site, so a citizen sees where else the words occur.</li>
 * <li>Highlights are HTML-escaped by Elasticsearch ({@code encoder: html}); only our
 * {@code <em>} tags are markup. The whole title is highlighted; the body gives one
 * fragment of about {@value #SNIPPET_LENGTH} characters, or its beginning when the words
 * are only in the title.</li>
 * </ul>
 */
public final class ContentQueryBuilder {

	static final String SITES_FACET = "sites";

	static final String SITE_NAME = "name";

	static final int SITE_FACET_SIZE = 100;

	static final int SNIPPET_LENGTH = 100;

	static final int TITLE_NO_MATCH_LENGTH = 500;

	private ContentQueryBuilder() {
	}

	public static SearchRequest build(SearchCriteria criteria, String alias) {
		return SearchRequest.of(s -> {
			s.index(alias)
				.from(criteria.from())
				.size(criteria.size())
				.trackTotalHits(t -> t.enabled(true))
				.source(src -> src.filter(f -> f.excludes("bodyText")))
				.query(words(criteria.query()))
				.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
				.sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc).missing("_last")))
				.highlight(h -> h.encoder(HighlighterEncoder.Html)
					.preTags("<em>")
					.postTags("</em>")
					.fields(NamedValue.of("title",
							HighlightField.of(f -> f.numberOfFragments(0).noMatchSize(TITLE_NO_MATCH_LENGTH))),
							NamedValue.of("bodyText",
									HighlightField.of(f -> f.fragmentSize(SNIPPET_LENGTH)
										.numberOfFragments(1)
										.noMatchSize(SNIPPET_LENGTH)))))
				.aggregations(SITES_FACET, a -> a.terms(t -> t.field("siteCode").size(SITE_FACET_SIZE))
					.aggregations(SITE_NAME, n -> n.terms(t -> t.field("siteName").size(1))));
			if (criteria.siteCode() != null) {
				s.postFilter(f -> f.term(t -> t.field("siteCode").value(criteria.siteCode())));
			}
			return s;
		});
	}

	private static Query words(String query) {
		return Query.of(q -> q.multiMatch(m -> m.query(query)
			.fields("title^3", "bodyText")
			.type(TextQueryType.CrossFields)
			.operator(Operator.And)));
	}

}
