package cn.govsite.search.query;

import java.io.StringWriter;

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
	void searchesTheAliasForAllWordsInTitleAndBody() {
		SearchRequest request = ContentQueryBuilder.build(SearchCriteria.of(" 门户网站 ", null, 2, 20), "govsite-content");
		JsonNode body = body(request);
		assertThat(request.index()).containsExactly("govsite-content");
		JsonNode match = body.get("query").get("multi_match");
		assertThat(match.get("query").asString()).isEqualTo("门户网站");
		assertThat(match.get("fields").toString()).isEqualTo("[\"title^3\",\"bodyText\"]");
		assertThat(match.get("type").asString()).isEqualTo("cross_fields");
		assertThat(match.get("operator").asString()).isEqualToIgnoringCase("and");
		assertThat(body.get("from").asInt()).isEqualTo(20);
		assertThat(body.get("size").asInt()).isEqualTo(20);
		assertThat(body.get("track_total_hits").asBoolean()).isTrue();
		assertThat(body.get("_source").get("excludes").toString()).contains("bodyText");
	}

	@Test
	void withoutASiteThereIsNoFilter() {
		JsonNode body = body(ContentQueryBuilder.build(SearchCriteria.of("网站", null, 1, 10), "a"));
		assertThat(body.has("post_filter")).isFalse();
	}

	@Test
	void aSiteFiltersHitsButNotTheSiteFacet() {
		JsonNode body = body(ContentQueryBuilder.build(SearchCriteria.of("网站", "jyj", 1, 10), "a"));
		assertThat(body.get("post_filter").get("term").get("siteCode").get("value").asString()).isEqualTo("jyj");
		// The site never enters the query itself, which is what the facet counts.
		assertThat(body.get("query").toString()).doesNotContain("jyj");
		JsonNode facet = body.get("aggregations").get("sites");
		assertThat(facet.get("terms").get("field").asString()).isEqualTo("siteCode");
		assertThat(facet.get("aggregations").get("name").get("terms").get("field").asString()).isEqualTo("siteName");
	}

	@Test
	void highlightsEscapedWithEmTags() {
		JsonNode highlight = body(ContentQueryBuilder.build(SearchCriteria.of("网站", null, 1, 10), "a"))
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
