package cn.govsite.content.publishing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /internal/published}: every site's published items in id order for a full
 * reindex, in the shape of the {@code ArticlePublished} event, for service tokens only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InternalPublishedApiTests extends ContentIntegrationTest {

	private TestSite siteA;

	private TestSite siteB;

	private String editorA;

	private String editorB;

	private long publishedA;

	private long archivedA;

	private long publishedB;

	private long draftA;

	@BeforeAll
	void items() {
		this.siteA = siteFromEvent("天元区教育局");
		this.siteB = siteFromEvent("芦淞区教育局");
		this.editorA = userWith(this.siteA, "editor");
		this.editorB = userWith(this.siteB, "editor");
		long columnA = directColumn(this.siteA, "教育动态");
		long columnB = directColumn(this.siteB, "教育动态");
		this.publishedA = published(this.editorA, this.siteA, columnA, "秋季学期开学安排", "<p>各中小学<b>9月1日</b>开学。</p>");
		this.archivedA = published(this.editorA, this.siteA, columnA, "2024年招生简章", "招生简章正文。");
		assertThat(api().post("/articles/" + this.archivedA + "/archive", this.editorA, this.siteA.ref(), "").status())
			.isEqualTo(200);
		this.publishedB = published(this.editorB, this.siteB, columnB, "校园安全检查通报", "检查通报正文。");
		this.draftA = draft(this.editorA, this.siteA, columnA, "尚未发布的草稿", "草稿。");
	}

	@Test
	void aServiceReadsEverySitesPublishedItemsPageByPageInIdOrder() {
		String service = Keycloak.serviceToken();
		Map<Long, JsonNode> seen = new HashMap<>();
		List<Long> order = new ArrayList<>();
		String after = null;
		int pages = 0;
		do {
			Response page = api().get("/internal/published?size=2" + ((after != null) ? "&after=" + after : ""),
					service);
			assertThat(page.status()).isEqualTo(200);
			JsonNode body = page.json();
			assertThat(body.get("total").asLong()).isGreaterThanOrEqualTo(3);
			assertThat(body.get("items").size()).isLessThanOrEqualTo(2);
			body.get("items").forEach(item -> {
				long id = item.get("document").get("articleId").asLong();
				assertThat(item.get("id").asString()).isEqualTo("article-" + id);
				assertThat(item.get("version").asLong()).isPositive();
				order.add(id);
				seen.put(id, item.get("document"));
			});
			after = body.get("next").isNull() ? null : body.get("next").asString();
			pages++;
		}
		while (after != null && pages < 10_000);

		assertThat(order).isSorted().doesNotHaveDuplicates();
		assertThat(seen).containsKeys(this.publishedA, this.archivedA, this.publishedB).doesNotContainKey(this.draftA);
		JsonNode a = seen.get(this.publishedA);
		assertThat(a.get("siteId").asLong()).isEqualTo(this.siteA.ref().id());
		assertThat(a.get("siteCode").asString()).isEqualTo(this.siteA.code());
		assertThat(a.get("siteName").asString()).isEqualTo("天元区教育局");
		assertThat(a.get("columnName").asString()).isEqualTo("教育动态");
		assertThat(a.get("title").asString()).isEqualTo("秋季学期开学安排");
		assertThat(a.get("bodyText").asString()).isEqualTo("各中小学9月1日开学。");
		assertThat(a.get("path").asString()).isEqualTo("/articles/" + this.publishedA + ".html");
		assertThat(a.get("publishedAt").isNull()).isFalse();
		assertThat(a.get("archivedAt").isNull()).isTrue();
		assertThat(seen.get(this.archivedA).get("archivedAt").isNull()).isFalse();
		assertThat(seen.get(this.publishedB).get("siteCode").asString()).isEqualTo(this.siteB.code());
	}

	@Test
	void peopleAreRefusedWhateverTheirRolesAndAnonymousCallersMustSignIn() {
		String platformAdmin = "pa" + randomHex(5);
		Keycloak.createUser(platformAdmin, List.of(), List.of("platform-admin"));
		for (String person : List.of(this.editorA, Keycloak.token(platformAdmin, Keycloak.DEMO_PASSWORD))) {
			Response refused = api().get("/internal/published", person);
			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.body()).doesNotContain("秋季学期开学安排");
		}
		assertThat(api().get("/internal/published", null).status()).isEqualTo(401);
	}

	@Test
	void badCursorsAndSizesAreOneProblemNamingEachField() {
		Response bad = api().get("/internal/published?after=-1&size=abc", Keycloak.serviceToken());
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
		assertThat(bad.errorFields()).containsExactlyInAnyOrder("after", "size");
		assertThat(api().get("/internal/published?size=1001", Keycloak.serviceToken()).errorFields())
			.containsExactly("size");
		assertThat(api().get("/internal/published?size=0", Keycloak.serviceToken()).status()).isEqualTo(400);
	}

	private long published(String token, TestSite site, long column, String title, String body) {
		long id = draft(token, site, column, title, body);
		assertThat(api().post("/articles/" + id + "/publish", token, site.ref(), "").status()).isEqualTo(200);
		return id;
	}

}
