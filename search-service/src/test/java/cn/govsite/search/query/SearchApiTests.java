package cn.govsite.search.query;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.event.EventEnvelope;
import cn.govsite.common.event.EventStreams;
import cn.govsite.common.test.GovsiteIntegrationTest;
import cn.govsite.common.test.Infrastructure;
import cn.govsite.common.test.ServiceClient;
import cn.govsite.common.test.ServiceClient.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The search API against real Elasticsearch (with the project's analysis plugin) and real
 * Redis: articles arrive as {@code ArticlePublished} envelopes on the event stream, the
 * way content-service's outbox relay sends them, and are searched through HTTP.
 */
@GovsiteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTests {

	static final Site EDUCATION = new Site(101, "jyj", "市教育局", "jyj.govsite.localhost");

	static final Site WEIBIN = new Site(102, "wbq", "渭滨区人民政府", "wbq.govsite.localhost");

	@LocalServerPort
	int port;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	GovsiteProperties properties;

	@Autowired
	JsonMapper json;

	@Value("${govsite.elasticsearch.index-prefix}")
	String indexPrefix;

	@BeforeAll
	void publishCorpus() {
		publish(EDUCATION, 1, "市教育局关于做好秋季学期学生资助工作的通知", "各县区教育局：为切实做好家庭经济困难学生资助工作，确保每一名学生不因家庭经济困难而失学，现将有关事项通知如下。");
		publish(WEIBIN, 2, "渭滨区政府门户网站建设和管理办法", "为规范政府门户网站建设，提升网站管理水平，结合本区实际，制定本办法。");
		publish(EDUCATION, 3, "市教育局2026年政务公开工作要点", "全面推进政务公开标准化规范化，做好教育领域信息发布。");
		publish(WEIBIN, 4, "渭滨区政务公开工作年度报告", "本区认真落实政务公开各项要求，主动公开政府信息。");
		publish(WEIBIN, 5, "渭滨区推进基层政务公开试点", "各街道办事处按照政务公开目录发布信息。");
		publish(EDUCATION, 6, "关于<script>alert(1)</script>防汛值班安排的通知", "汛期值班电话见附件<b>加粗</b>，请各校做好防汛准备。");
		awaitSearchable("防汛", 1);
		awaitSearchable("政务公开", 3);
		awaitSearchable("学生资助", 1);
		awaitSearchable("门户网站", 1);
	}

	@Test
	void indexIsVersionedBehindTheAliasWithTheChineseAnalyzer() throws Exception {
		// content-v{n}, or content-v{n}-{timestamp} after a full reindex (ReindexTests).
		JsonNode aliases = elasticsearch("GET", "/" + this.indexPrefix + "content/_alias");
		assertThat(aliases.propertyNames()).hasSize(1);
		String index = aliases.propertyNames().iterator().next();
		assertThat(index)
			.startsWith(this.indexPrefix + "content-v" + cn.govsite.search.index.ContentIndex.CURRENT_VERSION);
		JsonNode mapping = elasticsearch("GET", "/" + this.indexPrefix + "content/_mapping").get(index)
			.get("mappings")
			.get("properties");
		assertThat(mapping.get("title").get("analyzer").asString()).isEqualTo("govsite_chinese");
		assertThat(mapping.get("bodyText").get("analyzer").asString()).isEqualTo("govsite_chinese");
		assertThat(mapping.get("bodyText").get("search_analyzer").asString()).isEqualTo("govsite_chinese_search");
		assertThat(mapping.get("title").get("fields").get("keyword").get("type").asString()).isEqualTo("keyword");
		assertThat(mapping.get("siteId").get("type").asString()).isEqualTo("long");
		assertThat(mapping.get("publishedAt").get("type").asString()).isEqualTo("date");
	}

	@Test
	void findsAChinesePhraseWithHighlightsAndItsSite() {
		JsonNode answer = search(Map.of("q", "学生资助"));
		assertThat(answer.get("query").asString()).isEqualTo("学生资助");
		assertThat(answer.get("total").asLong()).isEqualTo(1);
		JsonNode hit = answer.get("hits").get(0);
		assertThat(hit.get("id").asString()).isEqualTo("article-1");
		assertThat(hit.get("title").asString()).isEqualTo("市教育局关于做好秋季学期学生资助工作的通知");
		// Adjacent words are marked as one (the phrase) or one by one; both read the
		// same.
		assertThat(joined(hit.get("titleHighlight").asString())).contains("<em>学生资助</em>");
		assertThat(joined(hit.get("snippet").asString())).contains("资助</em>");
		assertThat(hit.get("siteCode").asString()).isEqualTo("jyj");
		assertThat(hit.get("siteName").asString()).isEqualTo("市教育局");
		assertThat(hit.get("siteDomain").asString()).isEqualTo("jyj.govsite.localhost");
		assertThat(hit.get("columnName").asString()).isEqualTo("工作动态");
		assertThat(hit.get("path").asString()).isEqualTo("/articles/1.html");
		assertThat(hit.get("url").asString()).startsWith("http://jyj.govsite.localhost:").endsWith("/articles/1.html");
		assertThat(Instant.parse(hit.get("publishedAt").asString())).isEqualTo(Instant.parse("2026-11-22T03:00:00Z"));
	}

	@Test
	void findsADocumentThroughSegmentedWords() {
		// 政府门户网站建设 is segmented into 政府|门户|网站|建设: the query 门户网站 matches
		// its words, not a substring.
		JsonNode answer = search(Map.of("q", "门户网站"));
		assertThat(ids(answer)).containsExactly("article-2");
		assertThat(joined(answer.get("hits").get(0).get("titleHighlight").asString())).contains("<em>门户网站</em>")
			.doesNotContain("<script>");
	}

	@Test
	void bothPathsAnswerWithoutAToken() {
		assertThat(ids(search("/", Map.of("q", "门户网站")))).containsExactly("article-2");
		assertThat(ids(search("/search", Map.of("q", "门户网站")))).containsExactly("article-2");
	}

	@Test
	void facetsCountHitsPerSite() {
		JsonNode answer = search(Map.of("q", "政务公开"));
		assertThat(answer.get("total").asLong()).isEqualTo(3);
		assertThat(ids(answer)).containsExactlyInAnyOrder("article-3", "article-4", "article-5");
		assertThat(facets(answer)).containsExactly("wbq|渭滨区人民政府|2", "jyj|市教育局|1");
	}

	@Test
	void siteFilterReturnsOnlyThatSitesDocuments() {
		JsonNode education = search(Map.of("q", "政务公开", "site", "jyj"));
		assertThat(education.get("total").asLong()).isEqualTo(1);
		assertThat(ids(education)).containsExactly("article-3");
		education.get("hits").forEach(hit -> assertThat(hit.get("siteCode").asString()).isEqualTo("jyj"));

		JsonNode weibin = search(Map.of("q", "政务公开", "site", "wbq"));
		assertThat(ids(weibin)).containsExactlyInAnyOrder("article-4", "article-5");
		weibin.get("hits").forEach(hit -> assertThat(hit.get("siteCode").asString()).isEqualTo("wbq"));

		// A word that only site B uses finds nothing when filtered to site A.
		assertThat(search(Map.of("q", "门户网站", "site", "jyj")).get("total").asLong()).isZero();
		assertThat(search(Map.of("q", "门户网站", "site", "jyj")).get("hits")).isEmpty();
		// The facets still show where else the words occur.
		assertThat(facets(education)).containsExactly("wbq|渭滨区人民政府|2", "jyj|市教育局|1");
	}

	@Test
	void pagesThroughHits() {
		JsonNode first = search(Map.of("q", "政务公开", "size", "2"));
		JsonNode second = search(Map.of("q", "政务公开", "size", "2", "page", "2"));
		assertThat(first.get("page").asInt()).isEqualTo(1);
		assertThat(first.get("size").asInt()).isEqualTo(2);
		assertThat(ids(first)).hasSize(2);
		assertThat(ids(second)).hasSize(1);
		assertThat(second.get("total").asLong()).isEqualTo(3);
		List<String> all = new ArrayList<>(ids(first));
		all.addAll(ids(second));
		assertThat(all).containsExactlyInAnyOrder("article-3", "article-4", "article-5");
	}

	@Test
	void markupInContentComesBackEscaped() {
		JsonNode hit = search(Map.of("q", "防汛")).get("hits").get(0);
		assertThat(hit.get("title").asString()).isEqualTo("关于<script>alert(1)</script>防汛值班安排的通知");
		assertThat(hit.get("titleHighlight").asString()).contains("&lt;script&gt;")
			.contains("<em>防汛</em>")
			.doesNotContain("<script>");
		assertThat(hit.get("snippet").asString()).contains("&lt;b&gt;").doesNotContain("<b>");
	}

	@Test
	void sameEventTwiceAndRepublishingKeepOneDocument() {
		String first = publish(EDUCATION, 30, "市教育局招生考试院迁址公告", "招生考试院办公地点迁至新址。", Instant.parse("2026-11-22T05:00:00Z"));
		deliver(first);
		awaitSearchable("迁址", 1);
		publish(EDUCATION, 30, "市教育局招生考试院迁址公告（更新）", "招生考试院办公地点迁至新址，电话不变。", Instant.parse("2026-11-22T06:00:00Z"));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(search(Map.of("q", "电话不变")).get("total").asLong()).isEqualTo(1));
		JsonNode answer = search(Map.of("q", "迁址"));
		assertThat(answer.get("total").asLong()).isEqualTo(1);
		assertThat(answer.get("hits").get(0).get("title").asString()).isEqualTo("市教育局招生考试院迁址公告（更新）");

		// An older event delivered late (a retry) does not roll the document back.
		publish(EDUCATION, 30, "市教育局招生考试院迁址公告（旧）", "旧的内容。", Instant.parse("2026-11-22T04:00:00Z"));
		publish(EDUCATION, 31, "市教育局迁址后续安排", "后续安排另行通知。", Instant.now());
		awaitSearchable("后续安排", 1);
		JsonNode after = search(Map.of("q", "迁址", "site", "jyj"));
		assertThat(ids(after)).containsExactlyInAnyOrder("article-30", "article-31");
		assertThat(after.get("hits"))
			.anySatisfy(hit -> assertThat(hit.get("title").asString()).isEqualTo("市教育局招生考试院迁址公告（更新）"));
	}

	@Test
	void aWithdrawnArticleLeavesTheIndexButALaterRepublicationStays() {
		publish(WEIBIN, 40, "渭滨区防汛抗旱指挥部撤销预警通知", "防汛预警已解除。", Instant.parse("2026-11-22T05:00:00Z"));
		awaitSearchable("防汛抗旱指挥部", 1);

		withdraw(WEIBIN, 40, Instant.parse("2026-11-22T06:00:00Z"));
		awaitSearchable("防汛抗旱指挥部", 0);

		publish(WEIBIN, 40, "渭滨区防汛抗旱指挥部撤销预警通知", "防汛预警已解除，重新发布。", Instant.parse("2026-11-22T07:00:00Z"));
		awaitSearchable("防汛抗旱指挥部", 1);
		// A withdrawal older than the republication, delivered late, changes nothing.
		withdraw(WEIBIN, 40, Instant.parse("2026-11-22T06:30:00Z"));
		publish(WEIBIN, 41, "渭滨区防汛物资储备情况", "物资储备充足。", Instant.now());
		awaitSearchable("防汛物资储备", 1);
		assertThat(search(Map.of("q", "防汛抗旱指挥部")).get("total").asLong()).isEqualTo(1);
	}

	@Test
	void missingQueryIsAProblemNamingTheField() {
		JsonNode problem = problem(Map.of(), 400);
		assertThat(fields(problem)).containsExactly("q");
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("titleEn").asString()).isNotBlank();
		assertThat(problem.get("errors").get(0).get("message").asString()).isNotBlank();
		assertThat(problem.get("errors").get(0).get("messageEn").asString()).isNotBlank();
		assertThat(fields(problem(Map.of("q", "   "), 400))).containsExactly("q");
	}

	@Test
	void overlongQueryIsAProblem() {
		assertThat(fields(problem(Map.of("q", "网".repeat(101)), 400))).containsExactly("q");
		// 100 characters after trimming are fine.
		assertThat(search(Map.of("q", "  " + "网".repeat(100) + "  ")).get("total").asLong()).isZero();
	}

	@Test
	void badPagingIsAProblem() {
		assertThat(fields(problem(Map.of("q", "网站", "size", "0"), 400))).containsExactly("size");
		assertThat(fields(problem(Map.of("q", "网站", "size", "51"), 400))).containsExactly("size");
		assertThat(fields(problem(Map.of("q", "网站", "page", "0"), 400))).containsExactly("page");
		assertThat(fields(problem(Map.of("q", "网站", "page", "abc"), 400))).containsExactly("page");
		assertThat(fields(problem(Map.of("size", "0", "site", "<x>"), 400))).containsExactlyInAnyOrder("q", "size",
				"site");
	}

	// --- helpers

	record Site(long id, String code, String name, String domain) {
	}

	private String publish(Site site, long articleId, String title, String body) {
		return publish(site, articleId, title, body, Instant.now());
	}

	/**
	 * Sends an {@code ArticlePublished} envelope exactly as the outbox relay does
	 * ({@code XADD {prefix}events * envelope <json>}); returns the envelope JSON.
	 */
	private String publish(Site site, long articleId, String title, String body, Instant occurredAt) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("articleId", articleId);
		payload.put("siteId", site.id());
		payload.put("siteCode", site.code());
		payload.put("siteName", site.name());
		payload.put("siteDomain", site.domain());
		payload.put("columnId", 5);
		payload.put("columnName", "工作动态");
		payload.put("title", title);
		payload.put("bodyText", body);
		payload.put("publishedAt", "2026-11-22T03:00:00Z");
		payload.put("path", "/articles/" + articleId + ".html");
		payload.put("addedInALaterVersion", "ignored");
		EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), "ArticlePublished", "content-service",
				site.id(), site.code(), occurredAt, this.json.valueToTree(payload));
		String text = this.json.writeValueAsString(envelope);
		deliver(text);
		return text;
	}

	/**
	 * Sends an {@code ArticleWithdrawn} envelope as content-service does after a
	 * withdrawal.
	 */
	private void withdraw(Site site, long articleId, Instant occurredAt) {
		EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), "ArticleWithdrawn", "content-service",
				site.id(), site.code(), occurredAt, this.json.valueToTree(Map.of("articleId", articleId, "siteId",
						site.id(), "siteCode", site.code(), "path", "/articles/" + articleId + ".html")));
		deliver(this.json.writeValueAsString(envelope));
	}

	private void deliver(String envelope) {
		this.redis.opsForStream()
			.add(StreamRecords.string(Map.of("envelope", envelope))
				.withStreamKey(EventStreams.of(this.properties).events()));
	}

	private void awaitSearchable(String query, long total) {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(300))
			.untilAsserted(() -> assertThat(search(Map.of("q", query)).get("total").asLong()).isEqualTo(total));
	}

	private JsonNode search(Map<String, String> parameters) {
		return search("/search", parameters);
	}

	private JsonNode search(String path, Map<String, String> parameters) {
		Response response = get(path, parameters);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private JsonNode problem(Map<String, String> parameters, int status) {
		Response response = get("/search", parameters);
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		return response.json();
	}

	private Response get(String path, Map<String, String> parameters) {
		String query = parameters.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return new ServiceClient(this.port).get(path + (query.isEmpty() ? "" : "?" + query), null);
	}

	private JsonNode elasticsearch(String method, String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(Infrastructure.elasticsearchUrl() + path))
				.method(method, HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private static String joined(String highlight) {
		return highlight.replace("</em><em>", "");
	}

	private static List<String> ids(JsonNode answer) {
		List<String> ids = new ArrayList<>();
		answer.get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
		return ids;
	}

	private static List<String> facets(JsonNode answer) {
		List<String> facets = new ArrayList<>();
		answer.get("facets")
			.get("sites")
			.forEach(site -> facets.add(site.get("code").asString() + "|" + site.get("name").asString() + "|"
					+ site.get("count").asLong()));
		return facets;
	}

	private static List<String> fields(JsonNode problem) {
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
		return fields;
	}

}
