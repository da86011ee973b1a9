package cn.govsite.content.column;

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
class ColumnApiTests extends ContentIntegrationTest {

	private TestSite siteA;

	private TestSite siteB;

	private String adminA;

	private String editorA;

	private String adminB;

	@BeforeAll
	void sites() {
		this.siteA = siteFromEvent("市教育局");
		this.siteB = siteFromEvent("市卫健委");
		this.adminA = userWith(this.siteA, "site-admin");
		this.editorA = userWith(this.siteA, "editor");
		this.adminB = userWith(this.siteB, "site-admin");
	}

	private long create(String token, TestSite site, Map<String, Object> body) {
		Response created = api().post("/columns", token, site.ref(), body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	@Test
	void adminCreatesColumnsAndSubColumnsAndEditorsListThem() {
		TestSite site = siteFromEvent("市民政局");
		String admin = userWith(site, "site-admin");
		String editor = userWith(site, "editor");
		Response created = api().post("/columns", admin, site.ref(), Map.of("name", "工作动态"));
		assertThat(created.status()).isEqualTo(201);
		JsonNode column = created.json();
		assertThat(column.get("name").asString()).isEqualTo("工作动态");
		assertThat(column.get("siteId").asLong()).isEqualTo(site.ref().id());
		assertThat(column.get("parentId").isNull()).isTrue();
		assertThat(column.get("method").asString()).isEqualTo("PUBLISH_AFTER_REVIEW");
		assertThat(column.get("code").asString()).matches("[a-z0-9-]+");
		long parentId = column.get("id").asLong();

		Response child = api().post("/columns", admin, site.ref(), Map.of("name", "通知公告", "parentId", parentId));
		assertThat(child.status()).isEqualTo(201);
		assertThat(child.json().get("parentId").asLong()).isEqualTo(parentId);

		Response list = api().get("/columns", editor, site.ref());
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().valueStream().map(c -> c.get("name").asString())).containsExactly("工作动态", "通知公告");
		Response tree = api().get("/columns/tree", editor, site.ref());
		assertThat(tree.status()).isEqualTo(200);
		assertThat(tree.json()).hasSize(1);
		assertThat(tree.json().get(0).get("children").get(0).get("name").asString()).isEqualTo("通知公告");
		// The new top-level column changed the site's main structure (reported within two
		// days); the sub-column did not.
		assertThat(this.jdbc.queryForList(
				"SELECT envelope FROM outbox_event WHERE event_type = 'ColumnStructureChanged' AND site_id = ?",
				String.class, site.ref().id()))
			.singleElement()
			.satisfies(payload -> assertThat(payload).contains("\"before\":[]", "\"after\":[\"工作动态\"]"));
	}

	@Test
	void aColumnRecordsItsGuaranteeAndCycle() {
		Map<String, Object> body = new HashMap<>(Map.of("name", "媒体要闻", "code", "mtyw", "content", "媒体新闻（渭滨）",
				"responsibleUnit", "区政府办", "method", "直接发布", "cycleText", "两周至少1条", "category", "DYNAMIC_NEWS"));
		long id = create(this.adminA, this.siteA, body);
		Response read = api().get("/columns/" + id, this.editorA, this.siteA.ref());
		assertThat(read.status()).isEqualTo(200);
		JsonNode column = read.json();
		assertThat(column.get("code").asString()).isEqualTo("mtyw");
		assertThat(column.get("responsibleUnit").asString()).isEqualTo("区政府办");
		assertThat(column.get("method").asString()).isEqualTo("DIRECT_PUBLISH");
		assertThat(column.get("category").asString()).isEqualTo("DYNAMIC_NEWS");
		assertThat(column.get("cycle").get("kind").asString()).isEqualTo("EVERY_N_WEEKS");
		assertThat(column.get("cycle").get("count").asInt()).isEqualTo(2);
		assertThat(column.get("cycle").get("text").asString()).isEqualTo("两周至少1条");
		assertThat(column.get("cycle").get("maxSilence").asString()).isEqualTo("P14D");

		body.put("name", "外部链接");
		body.put("method", "JUMP_LINK");
		body.put("linkUrl", "https://www.gov.cn/");
		body.put("cycleText", null);
		body.put("cycleKind", "REAL_TIME");
		Response updated = api().put("/columns/" + id, this.adminA, this.siteA.ref(), body);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("name").asString()).isEqualTo("外部链接");
		assertThat(updated.json().get("linkUrl").asString()).isEqualTo("https://www.gov.cn/");
		assertThat(updated.json().get("cycle").get("maxSilence").isNull()).isTrue();
		JsonNode reread = api().get("/columns/" + id, this.editorA, this.siteA.ref()).json();
		assertThat(reread.get("method").asString()).isEqualTo("JUMP_LINK");
		assertThat(reread.get("cycle").get("kind").asString()).isEqualTo("REAL_TIME");
		assertThat(reread.get("cycle").get("text").isNull()).isTrue();

		Map<String, Object> cleared = new HashMap<>(Map.of("name", "外部链接"));
		Response plain = api().put("/columns/" + id, this.adminA, this.siteA.ref(), cleared);
		assertThat(plain.status()).isEqualTo(200);
		JsonNode emptied = api().get("/columns/" + id, this.editorA, this.siteA.ref()).json();
		assertThat(emptied.get("responsibleUnit").isNull()).isTrue();
		assertThat(emptied.get("linkUrl").isNull()).isTrue();
		assertThat(emptied.get("cycle").isNull()).isTrue();
		assertThat(emptied.get("method").asString()).isEqualTo("PUBLISH_AFTER_REVIEW");
	}

	@Test
	void editorsAndReviewersMayNotManageColumns() {
		long id = create(this.adminA, this.siteA, Map.of("name", "政策文件"));
		String reviewer = userWith(this.siteA, "reviewer");
		Response refused = api().post("/columns", this.editorA, this.siteA.ref(), Map.of("name", "政务公开"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("type").asString()).endsWith("/forbidden");
		assertThat(api().post("/columns", reviewer, this.siteA.ref(), Map.of("name", "政务公开")).status()).isEqualTo(403);
		assertThat(api().put("/columns/" + id, this.editorA, this.siteA.ref(), Map.of("name", "改名")).status())
			.isEqualTo(403);
		assertThat(api().delete("/columns/" + id, this.editorA, this.siteA.ref()).status()).isEqualTo(403);
		assertThat(api().post("/columns/" + id + "/move", this.editorA, this.siteA.ref(), Map.of()).status())
			.isEqualTo(403);
	}

	@Test
	void invalidFieldsAreBadRequestsNamingTheField() {
		Response empty = api().post("/columns", this.adminA, this.siteA.ref(), Map.of("name", " "));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.header("Content-Type")).startsWith("application/problem+json");
		assertThat(empty.errorFields()).containsExactly("name");

		Response tooLong = api().post("/columns", this.adminA, this.siteA.ref(), Map.of("name", "栏".repeat(31)));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.errorFields()).containsExactly("name");

		Response unknownParent = api().post("/columns", this.adminA, this.siteA.ref(),
				Map.of("name", "子栏目", "parentId", 987654321));
		assertThat(unknownParent.status()).isEqualTo(400);
		assertThat(unknownParent.errorFields()).containsExactly("parentId");

		Response badGuarantee = api().post("/columns", this.adminA, this.siteA.ref(),
				Map.of("name", "乱填", "method", "随便发", "cycleText", "偶尔", "category", "NEWS"));
		assertThat(badGuarantee.status()).isEqualTo(400);
		assertThat(badGuarantee.errorFields()).containsExactlyInAnyOrder("method", "cycle", "category");
		badGuarantee.json().get("errors").forEach(error -> {
			assertThat(error.get("message").asString()).isNotBlank();
			assertThat(error.get("messageEn").asString()).isNotBlank();
		});

		Response badLink = api().post("/columns", this.adminA, this.siteA.ref(),
				Map.of("name", "链接", "code", "Bad Code", "linkUrl", "https://www.gov.cn/"));
		assertThat(badLink.status()).isEqualTo(400);
		assertThat(badLink.errorFields()).containsExactlyInAnyOrder("code", "linkUrl");

		Response unknownId = api().get("/columns/987654321", this.editorA, this.siteA.ref());
		assertThat(unknownId.status()).isEqualTo(404);
	}

	@Test
	void duplicateSiblingNamesAndCodesAreConflicts() {
		create(this.adminA, this.siteA, Map.of("name", "重复", "code", "dup-code"));
		assertThat(api().post("/columns", this.adminA, this.siteA.ref(), Map.of("name", "重复")).status()).isEqualTo(409);
		assertThat(api().post("/columns", this.adminA, this.siteA.ref(), Map.of("name", "另一个", "code", "dup-code"))
			.status()).isEqualTo(409);
		// another site may use the same code
		create(this.adminB, this.siteB, Map.of("name", "重复", "code", "dup-code"));
	}

	@Test
	void deleteIsRefusedWhileAColumnHasChildrenOrItems() {
		long parent = create(this.adminA, this.siteA, Map.of("name", "待删上级"));
		long child = create(this.adminA, this.siteA, Map.of("name", "待删下级", "parentId", parent));
		Response withChild = api().delete("/columns/" + parent, this.adminA, this.siteA.ref());
		assertThat(withChild.status()).isEqualTo(409);
		assertThat(withChild.json().get("type").asString()).endsWith("/conflict");

		// an item filed in the column (written directly: the article API is not this
		// test's subject)
		this.jdbc.update(
				"INSERT INTO article (site_id, column_id, title, body, state, created_by, created_at, updated_at)"
						+ " VALUES (?, ?, '一条信息', '<p>正文</p>', 'DRAFT', 'test', NOW(3), NOW(3))",
				this.siteA.ref().id(), child);
		assertThat(api().delete("/columns/" + child, this.adminA, this.siteA.ref()).status()).isEqualTo(409);

		long empty = create(this.adminA, this.siteA, Map.of("name", "空栏目", "parentId", parent));
		assertThat(api().delete("/columns/" + empty, this.adminA, this.siteA.ref()).status()).isEqualTo(204);
		assertThat(api().get("/columns/" + empty, this.adminA, this.siteA.ref()).status()).isEqualTo(404);
	}

	@Test
	void moveChangesTheParentButNeverUnderItself() {
		long a = create(this.adminA, this.siteA, Map.of("name", "移动甲"));
		long b = create(this.adminA, this.siteA, Map.of("name", "移动乙", "parentId", a));
		long c = create(this.adminA, this.siteA, Map.of("name", "移动丙"));

		Response moved = api().post("/columns/" + c + "/move", this.adminA, this.siteA.ref(),
				Map.of("parentId", b, "sortOrder", 3));
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().get("parentId").asLong()).isEqualTo(b);
		assertThat(api().get("/columns/" + c, this.adminA, this.siteA.ref()).json().get("sortOrder").asInt())
			.isEqualTo(3);

		Response underChild = api().post("/columns/" + a + "/move", this.adminA, this.siteA.ref(),
				Map.of("parentId", c));
		assertThat(underChild.status()).isEqualTo(400);
		assertThat(underChild.errorFields()).containsExactly("parentId");

		Response toTop = api().post("/columns/" + c + "/move", this.adminA, this.siteA.ref(), "{\"parentId\":null}");
		assertThat(toTop.status()).isEqualTo(200);
		assertThat(api().get("/columns/" + c, this.adminA, this.siteA.ref()).json().get("parentId").isNull()).isTrue();
	}

	@Test
	void aParentOfAnotherSiteIsUnknown() {
		long columnOfB = create(this.adminB, this.siteB, Map.of("name", "乙站栏目"));
		Response response = api().post("/columns", this.adminA, this.siteA.ref(),
				Map.of("name", "借用上级", "parentId", columnOfB));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorFields()).containsExactly("parentId");
		long columnOfA = create(this.adminA, this.siteA, Map.of("name", "甲站栏目"));
		assertThat(api()
			.post("/columns/" + columnOfA + "/move", this.adminA, this.siteA.ref(), Map.of("parentId", columnOfB))
			.status()).isEqualTo(400);
	}

	@Test
	void anAdminOfSiteBCannotReadOrChangeSiteA() {
		long columnOfA = create(this.adminA, this.siteA, Map.of("name", "甲站专栏"));
		String path = "/columns/" + columnOfA;
		// with site A named: no role there
		assertThat(api().post("/columns", this.adminB, this.siteA.ref(), Map.of("name", "越权")).status()).isEqualTo(403);
		assertThat(api().get("/columns", this.adminB, this.siteA.ref()).status()).isEqualTo(403);
		assertThat(api().get(path, this.adminB, this.siteA.ref()).status()).isEqualTo(403);
		assertThat(api().put(path, this.adminB, this.siteA.ref(), Map.of("name", "改")).status()).isEqualTo(403);
		assertThat(api().delete(path, this.adminB, this.siteA.ref()).status()).isEqualTo(403);
		// with their own site named: site A's column does not exist there
		assertThat(api().get(path, this.adminB, this.siteB.ref()).status()).isEqualTo(404);
		assertThat(api().put(path, this.adminB, this.siteB.ref(), Map.of("name", "改")).status()).isEqualTo(404);
		assertThat(api().delete(path, this.adminB, this.siteB.ref()).status()).isEqualTo(404);
		assertThat(api().post(path + "/move", this.adminB, this.siteB.ref(), Map.of()).status()).isEqualTo(404);
		assertThat(api().get(path, this.adminA, this.siteA.ref()).json().get("name").asString()).isEqualTo("甲站专栏");
		Response listB = api().get("/columns", this.adminB, this.siteB.ref());
		assertThat(listB.json().valueStream().map(c -> c.get("name").asString())).doesNotContain("甲站专栏");
	}

	@Test
	void requestsWithoutTokenOrSiteOrValidJsonAreRefused() {
		Response anonymous = api().post("/columns", null, this.siteA.ref(), Map.of("name", "匿名"));
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.json().get("type").asString()).endsWith("/unauthenticated");

		Response noSite = api().get("/columns", this.editorA, null);
		assertThat(noSite.status()).isEqualTo(400);
		assertThat(noSite.json().get("type").asString()).endsWith("/site-required");

		Response malformed = api().post("/columns", this.adminA, this.siteA.ref(), "{\"name\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().get("type").asString()).endsWith("/malformed-request");
	}

}
