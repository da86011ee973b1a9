package cn.govsite.search.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.test.GovsiteIntegrationTest;
import cn.govsite.search.support.SearchFixtures;
import cn.govsite.search.support.SearchFixtures.Article;
import cn.govsite.search.support.SearchFixtures.Site;

import static cn.govsite.search.support.SearchFixtures.fields;
import static cn.govsite.search.support.SearchFixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The query API against real Elasticsearch with the project's plugin: scopes over a site
 * tree, filters and facets, ordering, synonyms, width folding, suggestions and "did you
 * mean". A city portal ({@code sq-city}) with two departments, and an unrelated county.
 */
@GovsiteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchQueryTests {

	static final Site CITY = new Site(801, "sq-city", "宝鸡市人民政府", "sq-city.govsite.localhost");

	static final Site HOUSING = new Site(802, "sq-gjj", "宝鸡住房公积金管理中心", "sq-gjj.govsite.localhost");

	static final Site SOCIAL = new Site(803, "sq-rsj", "宝鸡市人力资源和社会保障局", "sq-rsj.govsite.localhost");

	static final Site COUNTY = new Site(804, "sq-county", "凤县人民政府", "sq-county.govsite.localhost");

	static final String POLICY = "政策文件";

	static final String GUIDE = "办事指南";

	@LocalServerPort
	int port;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	GovsiteProperties properties;

	@Autowired
	JsonMapper json;

	SearchFixtures fixtures;

	@BeforeAll
	void publishCorpus() {
		this.fixtures = new SearchFixtures(this.port, this.redis, this.properties, this.json);
		this.fixtures.siteCreated(CITY, "PORTAL", null);
		this.fixtures.siteCreated(HOUSING, "DEPARTMENT", CITY);
		this.fixtures.siteCreated(SOCIAL, "DEPARTMENT", CITY);
		this.fixtures.siteCreated(COUNTY, "PORTAL", null);
		publish(CITY, 1, "宝鸡市关于调整住房公积金缴存基数的通知", "各单位：现将年度缴存基数调整事项通知如下。", POLICY, "2026-03-01");
		publish(HOUSING, 2, "公积金提取办理流程", "职工提取住房公积金，需携带居民身份证到服务大厅办理。", GUIDE, "2025-06-01");
		publish(HOUSING, 3, "住房公积金贷款政策解读", "解读本市公积金贷款额度和利率，提取另有规定。", POLICY, "2024-09-01");
		publish(SOCIAL, 4, "城乡居民社会保险缴费标准", "城乡居民按年缴纳社会保险费，缴费档次见附件。", POLICY, "2026-01-15");
		publish(SOCIAL, 5, "社会保障卡申领指南", "申领社会保障卡需本人有效身份证件。", GUIDE, "2025-12-01");
		publish(COUNTY, 6, "凤县住房公积金提取情况通报", "全县职工公积金提取情况良好。", null, "2026-02-01");
		// Same words, different dates: with equal text the newer ranks first.
		publish(COUNTY, 7, "凤县花椒产业发展报告", "花椒种植面积稳步扩大。", null, "2019-05-01");
		publish(COUNTY, 8, "凤县花椒产业发展报告", "花椒种植面积稳步扩大。", null, "2026-05-01");
		// A body-only match against a title match of the same words.
		publish(COUNTY, 9, "凤县林业工作总结", "全年完成核桃嫁接改良任务，核桃产业带动增收。", null, "2026-05-01");
		publish(COUNTY, 10, "凤县核桃嫁接技术要点", "做好春季管理工作。", null, "2024-05-01");
		publish(COUNTY, 11, "凤县２０２６年政府工作报告", "政府工作报告全文。", null, "2026-01-20");
		publish(COUNTY, 12, "2026年ETC办理网点公告", "ETC办理网点调整。", null, "2026-01-21");
		// Same text, the policy newer than the guide.
		publish(COUNTY, 13, "凤县农机购置补贴申请", "农机购置补贴申请材料和流程。", POLICY, "2026-06-01");
		publish(COUNTY, 14, "凤县农机购置补贴申请", "农机购置补贴申请材料和流程。", GUIDE, "2024-06-01");
		this.fixtures.awaitTotal(Map.of("q", "公积金", "scope", "all"), 4);
		this.fixtures.awaitTotal(Map.of("q", "花椒", "site", COUNTY.code()), 2);
		this.fixtures.awaitTotal(Map.of("q", "核桃嫁接", "site", COUNTY.code()), 2);
		this.fixtures.awaitTotal(Map.of("q", "社会保障卡", "site", SOCIAL.code()), 1);
		this.fixtures.awaitTotal(Map.of("q", "缴存基数", "site", CITY.code()), 1);
		this.fixtures.awaitTotal(Map.of("q", "网点公告", "site", COUNTY.code()), 1);
		this.fixtures.awaitTotal(Map.of("q", "农机购置补贴", "site", COUNTY.code()), 2);
		// The site tree arrives on its own consumer group.
		await().atMost(java.time.Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					search(Map.of("q", "公积金", "site", CITY.code(), "scope", "tree")).get("total").asLong())
				.isEqualTo(3));
	}

	@Test
	void scopesCoverOneSiteItsChildrenOrEverySite() {
		assertThat(ids(search(Map.of("q", "公积金", "site", CITY.code())))).containsExactly("article-1");
		assertThat(ids(search(Map.of("q", "公积金", "site", CITY.code(), "scope", "tree"))))
			.containsExactlyInAnyOrder("article-1", "article-2", "article-3");
		assertThat(ids(search(Map.of("q", "公积金", "site", HOUSING.code(), "scope", "tree"))))
			.containsExactlyInAnyOrder("article-2", "article-3");
		assertThat(ids(search(Map.of("q", "公积金", "site", CITY.code(), "scope", "all"))))
			.containsExactlyInAnyOrder("article-1", "article-2", "article-3", "article-6");
		JsonNode answer = search(Map.of("q", "公积金", "site", CITY.code(), "scope", "tree"));
		assertThat(answer.get("scope").asString()).isEqualTo("TREE");
		// The site facet still shows every site with the words, the county included.
		assertThat(sites(answer)).contains(COUNTY.code() + "=1", HOUSING.code() + "=2", CITY.code() + "=1");
	}

	@Test
	void filtersByCategoryTypeAndYearWithFacets() {
		JsonNode policies = search(Map.of("q", "公积金", "category", POLICY));
		assertThat(ids(policies)).containsExactlyInAnyOrder("article-1", "article-3");
		// The category facet ignores the category filter: the guides are still offered.
		assertThat(buckets(policies, "categories")).containsExactlyInAnyOrder(POLICY + "=2", GUIDE + "=1");
		assertThat(buckets(policies, "years")).containsExactly("2026=1", "2024=1");
		assertThat(buckets(policies, "types")).containsExactly("article=2");

		JsonNode year = search(Map.of("q", "公积金", "year", "2026"));
		assertThat(ids(year)).containsExactlyInAnyOrder("article-1", "article-6");
		assertThat(buckets(year, "years")).containsExactly("2026=2", "2025=1", "2024=1");

		assertThat(ids(search(Map.of("q", "公积金", "year", "2026", "category", POLICY)))).containsExactly("article-1");
		assertThat(search(Map.of("q", "公积金", "type", "service")).get("total").asLong()).isZero();
		JsonNode hit = search(Map.of("q", "缴存基数")).get("hits").get(0);
		assertThat(hit.get("columnCategory").asString()).isEqualTo(POLICY);
		assertThat(hit.get("type").asString()).isEqualTo("article");
		assertThat(hit.get("siteName").asString()).isEqualTo(CITY.name());
	}

	@Test
	void serviceGuidesComeFirstWhenTheQueryAsksHow() {
		assertThat(ids(search(Map.of("q", "农机购置补贴")))).containsExactly("article-13", "article-14");
		assertThat(ids(search(Map.of("q", "农机购置补贴怎么申请")))).containsExactly("article-14", "article-13");
		assertThat(ids(search(Map.of("q", "农机购置补贴需要什么材料")))).containsExactly("article-14", "article-13");
	}

	@Test
	void sortsByDateOnRequest() {
		JsonNode answer = search(Map.of("q", "公积金", "sort", "date"));
		assertThat(answer.get("sort").asString()).isEqualTo("DATE");
		assertThat(ids(answer)).containsExactly("article-1", "article-6", "article-2", "article-3");
	}

	@Test
	void titlesOutrankBodiesAndNewerOutranksOlderAtEqualText() {
		assertThat(ids(search(Map.of("q", "核桃嫁接"))).get(0)).isEqualTo("article-10");
		assertThat(ids(search(Map.of("q", "花椒产业")))).containsExactly("article-8", "article-7");
	}

	@Test
	void synonymsAndFullWidthFindTheSameItems() {
		JsonNode social = search(Map.of("q", "社保缴费标准"));
		assertThat(ids(social)).containsExactly("article-4");
		assertThat(social.get("hits").get(0).get("titleHighlight").asString()).contains("<em>");
		assertThat(ids(search(Map.of("q", "社保卡申领")))).containsExactly("article-5");
		assertThat(ids(search(Map.of("q", "提取公积金", "site", HOUSING.code())))).contains("article-2");
		assertThat(ids(search(Map.of("q", "身份证", "site", HOUSING.code())))).containsExactly("article-2");
		// Full-width digits in the item, half-width in the query, and the other way
		// round.
		assertThat(ids(search(Map.of("q", "2026年政府工作报告")))).containsExactly("article-11");
		assertThat(ids(search(Map.of("q", "２０２６年ＥＴＣ办理")))).containsExactly("article-12");
		assertThat(ids(search(Map.of("q", "etc办理")))).containsExactly("article-12");
	}

	@Test
	void suggestsTitlesAsYouTypeWithinTheScope() {
		assertThat(suggestions(Map.of("q", "公积金提"))).containsExactly("公积金提取办理流程");
		assertThat(suggestions(Map.of("q", "凤县花"))).containsExactly("凤县花椒产业发展报告");
		assertThat(suggestions(Map.of("q", "凤县"))).contains("凤县花椒产业发展报告", "凤县林业工作总结");
		assertThat(suggestions(Map.of("q", "凤县", "site", CITY.code(), "scope", "tree"))).isEmpty();
		assertThat(suggestions(Map.of("q", "住房", "site", HOUSING.code()))).containsExactly("住房公积金贷款政策解读");
		assertThat(suggestions(Map.of("q", "凤县", "size", "1"))).hasSize(1);
	}

	@Test
	void zeroResultsSuggestWhatWasProbablyMeant() {
		JsonNode answer = search(Map.of("q", "公积今提取"));
		assertThat(answer.get("total").asLong()).isZero();
		List<String> meant = new ArrayList<>();
		answer.get("didYouMean").forEach(title -> meant.add(title.asString()));
		assertThat(meant).contains("公积金提取办理流程");
		assertThat(search(Map.of("q", "公积金")).get("didYouMean")).isEmpty();
	}

	@Test
	void badParametersAreProblemsInBothLanguages() {
		assertThat(fields(this.fixtures.problem("/search", Map.of("q", "公积金", "sort", "popular"), null, 400)))
			.containsExactly("sort");
		assertThat(fields(this.fixtures.problem("/search", Map.of("q", "公积金", "scope", "tree"), null, 400)))
			.containsExactly("site");
		assertThat(fields(this.fixtures.problem("/search", Map.of("q", "公积金", "scope", "galaxy"), null, 400)))
			.containsExactly("scope");
		assertThat(fields(this.fixtures.problem("/search", Map.of("q", "公积金", "size", "500"), null, 400)))
			.containsExactly("size");
		assertThat(fields(this.fixtures.problem("/search", Map.of("q", "公积金", "year", "20260"), null, 400)))
			.containsExactly("year");
		assertThat(fields(this.fixtures.problem("/search", Map.of("q", "公积金", "year", "abc"), null, 400)))
			.containsExactly("year");
		JsonNode problem = this.fixtures.problem("/suggest", Map.of("size", "11", "scope", "site"), null, 400);
		assertThat(fields(problem)).containsExactlyInAnyOrder("q", "size", "site");
		problem.get("errors").forEach(error -> {
			assertThat(error.get("message").asString()).isNotBlank();
			assertThat(error.get("messageEn").asString()).isNotBlank();
		});
	}

	// --- helpers

	private void publish(Site site, long id, String title, String body, String category, String day) {
		this.fixtures
			.publish(new Article(site, 80_000 + id, title, body, "栏目", category, Instant.parse(day + "T02:00:00Z")));
	}

	private JsonNode search(Map<String, String> parameters) {
		// Ids are article-800NN; the tests speak of article-N.
		String text = this.fixtures.search(parameters).toString();
		return this.json.readTree(text.replaceAll("\"article-800(\\d\\d)\"", "\"article-#$1\"")
			.replaceAll("\"article-#0?(\\d+)\"", "\"article-$1\""));
	}

	private List<String> suggestions(Map<String, String> parameters) {
		var response = this.fixtures.get("/suggest", parameters, null);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<String> titles = new ArrayList<>();
		response.json().get("suggestions").forEach(title -> titles.add(title.asString()));
		return titles;
	}

	private static List<String> sites(JsonNode answer) {
		List<String> sites = new ArrayList<>();
		answer.get("facets")
			.get("sites")
			.forEach(s -> sites.add(s.get("code").asString() + "=" + s.get("count").asLong()));
		return sites;
	}

	private static List<String> buckets(JsonNode answer, String facet) {
		List<String> buckets = new ArrayList<>();
		answer.get("facets")
			.get(facet)
			.forEach(b -> buckets.add(b.get("value").asString() + "=" + b.get("count").asLong()));
		return buckets;
	}

}
