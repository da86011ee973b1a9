package cn.govsite.content.column;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ColumnApiTests extends ContentIntegrationTest {

	private TestSite siteA;

	private TestSite siteB;

	private String editorA;

	@BeforeAll
	void sites() {
		this.siteA = siteFromEvent("市教育局");
		this.siteB = siteFromEvent("市卫健委");
		this.editorA = userWith(this.siteA, "editor");
	}

	@Test
	void editorCreatesColumnsAndSubColumnsAndListsThem() {
		TestSite site = siteFromEvent("市民政局");
		String editor = userWith(site, "editor");
		Response created = api().post("/columns", editor, site.ref(), Map.of("name", "工作动态"));
		assertThat(created.status()).isEqualTo(201);
		JsonNode column = created.json();
		assertThat(column.get("name").asString()).isEqualTo("工作动态");
		assertThat(column.get("siteId").asLong()).isEqualTo(site.ref().id());
		assertThat(column.get("parentId").isNull()).isTrue();
		long parentId = column.get("id").asLong();

		Response child = api().post("/columns", editor, site.ref(), Map.of("name", "通知公告", "parentId", parentId));
		assertThat(child.status()).isEqualTo(201);
		assertThat(child.json().get("parentId").asLong()).isEqualTo(parentId);

		Response list = api().get("/columns", editor, site.ref());
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().valueStream().map(c -> c.get("name").asString())).containsExactly("工作动态", "通知公告");
	}

	@Test
	void siteAdminMayCreateButReviewerMayNot() {
		String admin = userWith(this.siteA, "site-admin");
		String reviewer = userWith(this.siteA, "reviewer");
		assertThat(api().post("/columns", admin, this.siteA.ref(), Map.of("name", "政策文件")).status()).isEqualTo(201);
		Response refused = api().post("/columns", reviewer, this.siteA.ref(), Map.of("name", "政务公开"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("type").asString()).endsWith("/forbidden");
	}

	@Test
	void invalidNamesAndUnknownParentsAreBadRequests() {
		Response empty = api().post("/columns", this.editorA, this.siteA.ref(), Map.of("name", " "));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.header("Content-Type")).startsWith("application/problem+json");
		assertThat(empty.errorFields()).containsExactly("name");

		Response tooLong = api().post("/columns", this.editorA, this.siteA.ref(), Map.of("name", "栏".repeat(31)));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.errorFields()).containsExactly("name");

		Response unknownParent = api().post("/columns", this.editorA, this.siteA.ref(),
				Map.of("name", "子栏目", "parentId", 987654321));
		assertThat(unknownParent.status()).isEqualTo(400);
		assertThat(unknownParent.errorFields()).containsExactly("parentId");
	}

	@Test
	void duplicateSiblingNameIsAConflict() {
		assertThat(api().post("/columns", this.editorA, this.siteA.ref(), Map.of("name", "重复")).status())
			.isEqualTo(201);
		Response again = api().post("/columns", this.editorA, this.siteA.ref(), Map.of("name", "重复"));
		assertThat(again.status()).isEqualTo(409);
	}

	@Test
	void aParentOfAnotherSiteIsUnknown() {
		String editorB = userWith(this.siteB, "editor");
		long columnOfB = api().post("/columns", editorB, this.siteB.ref(), Map.of("name", "乙站栏目"))
			.json()
			.get("id")
			.asLong();
		Response response = api().post("/columns", this.editorA, this.siteA.ref(),
				Map.of("name", "借用上级", "parentId", columnOfB));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorFields()).containsExactly("parentId");
	}

	@Test
	void aUserOfSiteACannotReadOrChangeSiteB() {
		String editorB = userWith(this.siteB, "editor");
		api().post("/columns", editorB, this.siteB.ref(), Map.of("name", "乙站专栏"));

		assertThat(api().post("/columns", this.editorA, this.siteB.ref(), Map.of("name", "越权")).status())
			.isEqualTo(403);
		assertThat(api().get("/columns", this.editorA, this.siteB.ref()).status()).isEqualTo(403);
		Response listA = api().get("/columns", this.editorA, this.siteA.ref());
		assertThat(listA.json().valueStream().map(c -> c.get("name").asString())).doesNotContain("乙站专栏");
	}

	@Test
	void requestsWithoutTokenOrSiteOrValidJsonAreRefused() {
		Response anonymous = api().post("/columns", null, this.siteA.ref(), Map.of("name", "匿名"));
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.json().get("type").asString()).endsWith("/unauthenticated");

		Response noSite = api().get("/columns", this.editorA, null);
		assertThat(noSite.status()).isEqualTo(400);
		assertThat(noSite.json().get("type").asString()).endsWith("/site-required");

		Response malformed = api().post("/columns", this.editorA, this.siteA.ref(), "{\"name\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().get("type").asString()).endsWith("/malformed-request");
	}

}
