package cn.govsite.search.query;

import java.io.StringWriter;
import java.util.List;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import jakarta.json.stream.JsonGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ContentQueryBuilderTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void searchesTheAliasForAllWordsInTitleBodyAndAttachments() {
		SearchRequest request = ContentQueryBuilder.build(SearchCriteria.of(" 门户网站 ", null, 2, 20), "govsite-content",
				null, List.of());
		JsonNode body = body(request);
		assertThat(request.index()).containsExactly("govsite-content");
		JsonNode archived = body.get("query").get("function_score");
		assertThat(archived.get("functions").get(0).get("filter").toString()).contains("archivedAt");
		JsonNode scored = archived.get("query").get("function_score");
		JsonNode match = scored.get("query").get("bool").get("must").get(0).get("combined_fields");
		assertThat(match.get("query").asString()).isEqualTo("门户网站");
		assertThat(match.get("fields").toString()).isEqualTo("[\"title^3\",\"bodyText\",\"attachmentText\"]");
		assertThat(match.get("operator").asString()).isEqualToIgnoringCase("and");
		// The whole query as a title phrase ranks higher; recency multiplies by 1 to 1.5.
		assertThat(scored.get("query").get("bool").get("should").get(0).get("match_phrase").has("title")).isTrue();
		assertThat(scored.get("boost_mode").asString()).isEqualTo("multiply");
		assertThat(scored.get("score_mode").asString()).isEqualTo("sum");
		assertThat(scored.get("functions").get(0).get("gauss").has("publishedAt")).isTrue();
		assertThat(scored.get("functions").get(0).get("weight").asDouble()).isEqualTo(0.5);
		assertThat(scored.get("functions").get(1).get("weight").asDouble()).isEqualTo(1.0);
		assertThat(body.get("from").asInt()).isEqualTo(20);
		assertThat(body.get("size").asInt()).isEqualTo(20);
		assertThat(body.get("track_total_hits").asBoolean()).isTrue();
		assertThat(body.get("_source").get("excludes").toString()).contains("bodyText").contains("attachmentText");
		assertThat(body.get("highlight").get("fields").toString()).contains("attachmentText");
	}

	@Test
	void withoutASiteThereIsNoFilter() {
		JsonNode body = body(ContentQueryBuilder.build(SearchCriteria.of("网站", null, 1, 10), "a", null, List.of()));
		assertThat(body.has("post_filter")).isFalse();
	}

	@Test
	void aSiteFiltersHitsButNotTheSiteFacet() {
		JsonNode body = body(
				ContentQueryBuilder.build(SearchCriteria.of("网站", "jyj", 1, 10), "a", List.of("jyj"), List.of()));
		JsonNode postFilter = body.get("post_filter").get("bool").get("filter");
		assertThat(postFilter.get(0).get("term").get("siteCode").get("value").asString()).isEqualTo("jyj");
		// The site never enters the query itself, which is what the facet counts.
		assertThat(body.get("query").toString()).doesNotContain("jyj");
		JsonNode facet = body.get("aggregations").get("sites");
		assertThat(facet.get("filter").has("match_all")).isTrue();
		JsonNode terms = facet.get("aggregations").get("terms");
		assertThat(terms.get("terms").get("field").asString()).isEqualTo("siteCode");
		assertThat(terms.get("aggregations").get("name").get("terms").get("field").asString()).isEqualTo("siteName");
		// Other facets count within the site.
		assertThat(body.get("aggregations").get("years").get("filter").toString()).contains("jyj");
	}

	@Test
	void serviceIntentLiftsServiceGuides() {
		JsonNode how = body(ContentQueryBuilder.build(SearchCriteria.of("公积金怎么提取", null, 1, 10), "a", null, List.of()));
		JsonNode should = how.get("query")
			.get("function_score")
			.get("query")
			.get("function_score")
			.get("query")
			.get("bool")
			.get("should");
		assertThat(should).hasSize(2);
		assertThat(should.get(1).get("constant_score").toString()).contains("办事指南").contains("service");
		JsonNode what = body(ContentQueryBuilder.build(SearchCriteria.of("公积金提取", null, 1, 10), "a", null, List.of()));
		assertThat(what.get("query")
			.get("function_score")
			.get("query")
			.get("function_score")
			.get("query")
			.get("bool")
			.get("should")).hasSize(1);
	}

	@Test
	void archivedItemsCountForLessAndHiddenSitesAreLeftOutOfHitsAndFacets() {
		JsonNode body = body(
				ContentQueryBuilder.build(SearchCriteria.of("网站", null, 1, 10), "a", null, List.of(7L, 9L)));
		JsonNode visible = body.get("query").get("bool");
		assertThat(visible.get("must_not").get(0).get("terms").get("siteId").toString()).contains("7").contains("9");
		JsonNode archived = visible.get("must").get(0).get("function_score");
		assertThat(archived.get("functions").get(0).get("filter").get("exists").get("field").asString())
			.isEqualTo("archivedAt");
		assertThat(archived.get("functions").get(0).get("weight").asDouble()).isEqualTo(0.4);
		assertThat(archived.get("score_mode").asString()).isEqualTo("multiply");
		// Without hidden sites the query is not wrapped.
		assertThat(
				body(ContentQueryBuilder.build(SearchCriteria.of("网站", null, 1, 10), "a", null, List.of())).get("query")
					.has("function_score"))
			.isTrue();
	}

	@Test
	void eachFacetIgnoresOnlyItsOwnFilter() {
		SearchCriteria criteria = SearchCriteria
			.of(new SearchCriteria.Parameters("网站", "jyj", "tree", "政策文件", "article", 2026, "date", null, null));
		JsonNode body = body(ContentQueryBuilder.build(criteria, "a", List.of("jyj", "jyj-a"), List.of()));
		JsonNode aggregations = body.get("aggregations");
		assertThat(aggregations.get("categories").get("filter").toString()).contains("jyj-a")
			.contains("article")
			.contains("2026-01-01")
			.doesNotContain("政策文件");
		assertThat(aggregations.get("years").get("filter").toString()).contains("政策文件").doesNotContain("2026-01-01");
		assertThat(aggregations.get("years")
			.get("aggregations")
			.get("terms")
			.get("date_histogram")
			.get("time_zone")
			.asString()).isEqualTo("+08:00");
		assertThat(body.get("post_filter").get("bool").get("filter")).hasSize(4);
		assertThat(body.get("sort").get(0).has("publishedAt")).isTrue();
	}

	@Test
	void highlightsEscapedWithEmTags() {
		JsonNode highlight = body(ContentQueryBuilder.build(SearchCriteria.of("网站", null, 1, 10), "a", null, List.of()))
			.get("highlight");
		assertThat(highlight.get("encoder").asString()).isEqualTo("html");
		assertThat(highlight.get("pre_tags").toString()).isEqualTo("[\"<em>\"]");
		assertThat(highlight.get("post_tags").toString()).isEqualTo("[\"</em>\"]");
		String fields = highlight.get("fields").toString();
		assertThat(fields).contains("\"title\"").contains("\"bodyText\"");
		JsonNode body = findField(highlight.get("fields"), "bodyText");
		assertThat(body.get("fragment_size").asInt()).isEqualTo(100);
		assertThat(body.get("number_of_fragments").asInt()).isEqualTo(1);
		assertThat(body.get("no_match_size").asInt()).isEqualTo(100);
		assertThat(findField(highlight.get("fields"), "title").get("number_of_fragments").asInt()).isZero();
	}

	/**
	 * Highlight fields serialise as an ordered list of single-key objects or as an
	 * object.
	 */
	private static JsonNode findField(JsonNode fields, String name) {
		if (fields.isObject()) {
			return fields.get(name);
		}
		for (JsonNode field : fields) {
			if (field.has(name)) {
				return field.get(name);
			}
		}
		throw new AssertionError("No highlight field " + name + " in " + fields);
	}

	private static JsonNode body(SearchRequest request) {
		Jackson3JsonpMapper mapper = new Jackson3JsonpMapper();
		StringWriter out = new StringWriter();
		try (JsonGenerator generator = mapper.jsonProvider().createGenerator(out)) {
			request.serialize(generator, mapper);
		}
		return JSON.readTree(out.toString());
	}

}
