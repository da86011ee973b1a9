package cn.govsite.content.article;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleApiTests extends ContentIntegrationTest {

	private TestSite siteA;

	private TestSite siteB;

	private String editorA;

	private String editorB;

	private long columnA;

	private long columnB;

	@BeforeAll
	void sites() {
		this.siteA = siteFromEvent("市交通局");
		this.siteB = siteFromTenantService("某某县");
		this.editorA = userWith(this.siteA, "editor");
		this.editorB = userWith(this.siteB, "editor");
		this.columnA = column(this.editorA, this.siteA, "工作动态");
		this.columnB = column(this.editorB, this.siteB, "县域要闻");
	}

	@Test
	void editorWritesADraftAndReadsItBack() {
		Response created = api().post("/articles", this.editorA, this.siteA.ref(),
				article(this.columnA, "全市交通运输工作会议召开", "第一段。\n\n第二段。", "市交通局办公室"));
		assertThat(created.status()).isEqualTo(201);
		JsonNode article = created.json();
		assertThat(article.get("state").asString()).isEqualTo("DRAFT");
		assertThat(article.get("title").asString()).isEqualTo("全市交通运输工作会议召开");
		assertThat(article.get("body").asString()).isEqualTo("第一段。\n\n第二段。");
		assertThat(article.get("source").asString()).isEqualTo("市交通局办公室");
		assertThat(article.get("columnId").asLong()).isEqualTo(this.columnA);
		assertThat(article.get("siteId").asLong()).isEqualTo(this.siteA.ref().id());
		assertThat(article.get("publishedAt").isNull()).isTrue();
		assertThat(article.get("path").isNull()).isTrue();
		long id = article.get("id").asLong();

		Response read = api().get("/articles/" + id, this.editorA, this.siteA.ref());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("title").asString()).isEqualTo("全市交通运输工作会议召开");

		String reviewer = userWith(this.siteA, "reviewer");
		assertThat(api().get("/articles/" + id, reviewer, this.siteA.ref()).status()).isEqualTo(200);
	}

	@Test
	void anHtmlBodyIsSanitisedOnSave() {
		Response created = api().post("/articles", this.editorA, this.siteA.ref(), article(this.columnA, "道路养护通知",
				"<p onclick=\"alert(1)\">第一段<script>alert(2)</script></p><p><a href=\"javascript:alert(3)\">链接</a>"
						+ "<a href=\"https://www.gov.cn/\">国务院</a></p>",
				null));
		assertThat(created.status()).isEqualTo(201);
		String body = created.json().get("body").asString();
		assertThat(body).contains("<p>第一段</p>", "href=\"https://www.gov.cn/\"", "rel=\"noopener")
			.doesNotContain("onclick", "<script", "javascript:", "alert(");
		long id = created.json().get("id").asLong();
		assertThat(api().get("/articles/" + id, this.editorA, this.siteA.ref()).json().get("body").asString())
			.isEqualTo(body);

		Response onlyScript = api().post("/articles", this.editorA, this.siteA.ref(),
				article(this.columnA, "标题", "<script>alert(1)</script>", null));
		assertThat(onlyScript.status()).isEqualTo(400);
		assertThat(onlyScript.errorFields()).containsExactly("body");
	}

	@Test
	void listingFiltersByColumnAndState() {
		long other = column(this.editorA, this.siteA, "通知公告");
		long first = draft(this.editorA, this.siteA, other, "关于做好节假日交通保障的通知", "正文内容。");
		long second = draft(this.editorA, this.siteA, other, "关于道路养护施工的公告", "正文内容。");
		draft(this.editorA, this.siteA, this.columnA, "另一栏目的稿件", "正文内容。");

		Response list = api().get("/articles?columnId=" + other + "&state=DRAFT", this.editorA, this.siteA.ref());
		assertThat(list.status()).isEqualTo(200);
		JsonNode page = list.json();
		assertThat(page.get("total").asLong()).isEqualTo(2);
		assertThat(page.get("items").valueStream().map(a -> a.get("id").asLong())).containsExactly(second, first);

		Response published = api().get("/articles?columnId=" + other + "&state=PUBLISHED", this.editorA,
				this.siteA.ref());
		assertThat(published.json().get("items").isEmpty()).isTrue();

		Response badState = api().get("/articles?state=SHREDDED", this.editorA, this.siteA.ref());
		assertThat(badState.status()).isEqualTo(400);
		assertThat(badState.errorFields()).containsExactly("state");

		Response badSize = api().get("/articles?size=1000", this.editorA, this.siteA.ref());
		assertThat(badSize.status()).isEqualTo(400);
	}

	@Test
	void invalidDraftsAreBadRequests() {
		Response emptyTitle = api().post("/articles", this.editorA, this.siteA.ref(),
				article(this.columnA, "", "正文", null));
		assertThat(emptyTitle.status()).isEqualTo(400);
		assertThat(emptyTitle.header("Content-Type")).startsWith("application/problem+json");
		assertThat(emptyTitle.json().get("type").asString()).endsWith("/validation");
		assertThat(emptyTitle.errorFields()).containsExactly("title");

		Response longTitle = api().post("/articles", this.editorA, this.siteA.ref(),
				article(this.columnA, "长".repeat(81), "正文", null));
		assertThat(longTitle.status()).isEqualTo(400);
		assertThat(longTitle.errorFields()).containsExactly("title");

		Response noBody = api().post("/articles", this.editorA, this.siteA.ref(),
				article(this.columnA, "标题", " ", null));
		assertThat(noBody.status()).isEqualTo(400);
		assertThat(noBody.errorFields()).containsExactly("body");

		Response unknownColumn = api().post("/articles", this.editorA, this.siteA.ref(),
				article(987654321L, "标题", "正文", null));
		assertThat(unknownColumn.status()).isEqualTo(400);
		assertThat(unknownColumn.errorFields()).containsExactly("columnId");

		Response columnOfB = api().post("/articles", this.editorA, this.siteA.ref(),
				article(this.columnB, "标题", "正文", null));
		assertThat(columnOfB.status()).isEqualTo(400);
		assertThat(columnOfB.errorFields()).containsExactly("columnId");

		Response malformed = api().post("/articles", this.editorA, this.siteA.ref(), "{\"title\": [");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().get("type").asString()).endsWith("/malformed-request");
	}

	@Test
	void onlyEditorsAndSiteAdminsWriteDrafts() {
		String chief = userWith(this.siteA, "chief");
		assertThat(api().post("/articles", chief, this.siteA.ref(), article(this.columnA, "标题", "正文", null)).status())
			.isEqualTo(403);
		String admin = userWith(this.siteA, "site-admin");
		assertThat(api().post("/articles", admin, this.siteA.ref(), article(this.columnA, "标题", "正文", null)).status())
			.isEqualTo(201);
	}

	@Test
	void aUserOfSiteACannotReadListOrWriteSiteB() {
		long articleOfB = draft(this.editorB, this.siteB, this.columnB, "乙站的稿件", "正文内容。");
		long articleOfA = draft(this.editorA, this.siteA, this.columnA, "甲站的稿件", "正文内容。");

		// With site B's headers, A's editor holds no role there.
		assertThat(api().get("/articles/" + articleOfB, this.editorA, this.siteB.ref()).status()).isEqualTo(403);
		assertThat(api().get("/articles", this.editorA, this.siteB.ref()).status()).isEqualTo(403);
		assertThat(api().post("/articles", this.editorA, this.siteB.ref(), article(this.columnB, "越权", "正文", null))
			.status()).isEqualTo(403);

		// With site A's headers, B's rows do not exist.
		Response crossRead = api().get("/articles/" + articleOfB, this.editorA, this.siteA.ref());
		assertThat(crossRead.status()).isEqualTo(404);
		assertThat(crossRead.json().get("type").asString()).endsWith("/not-found");
		JsonNode listA = api().get("/articles?size=100", this.editorA, this.siteA.ref()).json();
		assertThat(listA.get("items").valueStream().map(a -> a.get("id").asLong())).contains(articleOfA)
			.doesNotContain(articleOfB);
		assertThat(listA.get("items").valueStream().map(a -> a.get("siteId").asLong()))
			.containsOnly(this.siteA.ref().id());
	}

	@Test
	void withoutATokenNothingIsServed() {
		Response anonymous = api().get("/articles", null, this.siteA.ref());
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.json().get("type").asString()).endsWith("/unauthenticated");
		assertThat(api().post("/articles", "not-a-token", this.siteA.ref(), article(this.columnA, "标题", "正文", null))
			.status()).isEqualTo(401);
	}

	static Map<String, Object> article(long columnId, String title, String body, String source) {
		Map<String, Object> article = new HashMap<>();
		article.put("columnId", columnId);
		article.put("title", title);
		article.put("body", body);
		if (source != null) {
			article.put("source", source);
		}
		return article;
	}

}
