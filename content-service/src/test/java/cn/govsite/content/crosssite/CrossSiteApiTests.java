package cn.govsite.content.crosssite;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** 信息报送 to the parent portal and 转载 between sites, and what neither may leak. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSiteApiTests extends ContentIntegrationTest {

	private TestSite portal;

	private TestSite siteA;

	private TestSite siteB;

	private String editorA;

	private String editorB;

	private String portalReviewer;

	private String portalEditor;

	private long columnA;

	private long columnB;

	private long portalColumn;

	@BeforeAll
	void sites() {
		this.portal = siteFromEvent("示范市人民政府");
		this.siteA = siteFromEvent("示范市教育局");
		this.siteB = siteFromEvent("示范市卫健委");
		for (TestSite child : List.of(this.siteA, this.siteB)) {
			this.jdbc.update("UPDATE site_profile SET parent_id = ? WHERE site_id = ?", this.portal.ref().id(),
					child.ref().id());
		}
		this.editorA = userWith(this.siteA, "editor");
		this.editorB = userWith(this.siteB, "editor");
		this.portalReviewer = userWith(this.portal, "reviewer");
		this.portalEditor = userWith(this.portal, "editor");
		this.columnA = directColumn(this.siteA, "教育动态");
		this.columnB = directColumn(this.siteB, "卫健动态");
		this.portalColumn = column(this.portalEditor, this.portal, "部门动态");
	}

	@Test
	void aPushArrivesInTheParentsQueueWithItsSourceAndItsAdoptionIsRecorded() {
		long item = published(this.editorA, this.siteA, this.columnA, "市教育局部署期末考试工作");
		Response pushed = push(item, this.editorA, this.siteA, this.portalColumn);
		assertThat(pushed.status()).isEqualTo(201);
		assertThat(pushed.json().get("status").asString()).isEqualTo("PENDING");
		assertThat(pushed.json().get("targetSiteName").asString()).isEqualTo("示范市人民政府");
		long arrived = pushed.json().get("targetItemId").asLong();

		assertThat(queue(this.portalReviewer)).contains(arrived);
		JsonNode copy = api().get("/articles/" + arrived, this.portalReviewer, this.portal.ref()).json();
		assertThat(copy.get("state").asString()).isEqualTo("SUBMITTED");
		assertThat(copy.get("columnId").asLong()).isEqualTo(this.portalColumn);
		assertThat(copy.get("source").asString()).isEqualTo("示范市教育局");
		assertThat(copy.get("origin").get("kind").asString()).isEqualTo("PUSH");
		assertThat(copy.get("origin").get("siteId").asLong()).isEqualTo(this.siteA.ref().id());
		assertThat(copy.get("origin").get("itemId").asLong()).isEqualTo(item);
		assertThat(copy.get("origin").get("url").asString())
			.isEqualTo("https://" + this.siteA.domain() + "/articles/" + item + ".html");
		JsonNode audit = api().get("/articles/" + arrived + "/reviews", this.portalReviewer, this.portal.ref()).json();
		assertThat(audit.get(0).get("action").asString()).isEqualTo("PUSH_RECEIVED");

		assertThat(push(item, this.editorA, this.siteA, this.portalColumn).status()).isEqualTo(409);

		assertThat(post(arrived, "approve", this.portalReviewer, this.portal).status()).isEqualTo(200);
		assertThat(post(arrived, "publish", this.portalEditor, this.portal).status()).isEqualTo(200);
		JsonNode record = pushOf(item);
		assertThat(record.get("status").asString()).isEqualTo("ADOPTED");
		assertThat(record.get("decidedBy").isNull()).isFalse();
		assertThat(record.get("decidedAt").isNull()).isFalse();
	}

	@Test
	void aRejectionAtTheParentIsRecordedAsNotAdopted() {
		long item = published(this.editorA, this.siteA, this.columnA, "市教育局开展校园安全检查");
		long arrived = push(item, this.editorA, this.siteA, this.portalColumn).json().get("targetItemId").asLong();
		assertThat(post(arrived, "reject", this.portalReviewer, this.portal, Map.of("opinion", "请补充检查结果")).status())
			.isEqualTo(200);
		assertThat(pushOf(item).get("status").asString()).isEqualTo("REJECTED");
	}

	@Test
	void onlyReviewedItemsArePushedAndOnlyIntoTheParentsColumns() {
		long draft = draft(this.editorA, this.siteA, this.columnA, "尚未审核的稿件", "正文。");
		assertThat(push(draft, this.editorA, this.siteA, this.portalColumn).status()).isEqualTo(409);
		long item = published(this.editorA, this.siteA, this.columnA, "推送到错误栏目");
		Response wrongColumn = push(item, this.editorA, this.siteA, this.columnB);
		assertThat(wrongColumn.status()).isEqualTo(400);
		assertThat(wrongColumn.errorFields()).containsExactly("columnId");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM item_push WHERE item_id = ?", Integer.class, item))
			.isZero();
		// The portal's own parent is not a site this service knows.
		long portalItem = published(this.portalEditor, this.portal, directColumn(this.portal, "市政要闻"), "市政府常务会议");
		assertThat(push(portalItem, this.portalEditor, this.portal, this.portalColumn).status()).isEqualTo(409);
	}

	@Test
	void siteAsEditorCannotReachSiteBsOrTheParentsItemsThroughPush() {
		long ofB = published(this.editorB, this.siteB, this.columnB, "卫健委通报");
		assertThat(push(ofB, this.editorA, this.siteA, this.portalColumn).status()).isEqualTo(404);
		assertThat(push(ofB, this.editorA, this.siteB, this.portalColumn).status()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM item_push WHERE item_id = ?", Integer.class, ofB))
			.isZero();

		long item = published(this.editorA, this.siteA, this.columnA, "推送后的权限");
		long arrived = push(item, this.editorA, this.siteA, this.portalColumn).json().get("targetItemId").asLong();
		// The pushing editor has no role at the portal: no reading, editing or approving.
		assertThat(api().get("/articles/" + arrived, this.editorA, this.portal.ref()).status()).isEqualTo(403);
		assertThat(post(arrived, "approve", this.editorA, this.portal).status()).isEqualTo(403);
		assertThat(api().put("/articles/" + arrived, this.editorA, this.portal.ref(), Map.of("title", "改", "body", "改"))
			.status()).isEqualTo(403);
		assertThat(api().get("/articles/" + arrived, this.editorA, this.siteA.ref()).status()).isEqualTo(404);
		// B sees neither A's pushes nor may list them with A's headers.
		assertThat(api().get("/pushes", this.editorB, this.siteB.ref())
			.json()
			.valueStream()
			.map(p -> p.get("itemId").asLong())).doesNotContain(item);
		assertThat(api().get("/pushes", this.editorB, this.siteA.ref()).status()).isEqualTo(403);
	}

	@Test
	void aReprintOfAnotherSitesPublishedItemShowsItsSource() {
		long ofB = published(this.editorB, this.siteB, this.columnB, "冬季传染病防控提示");
		Response reprinted = reprint(this.editorA, this.siteA, this.siteB.ref().id(), ofB, this.columnA);
		assertThat(reprinted.status()).isEqualTo(201);
		JsonNode copy = reprinted.json();
		assertThat(copy.get("siteId").asLong()).isEqualTo(this.siteA.ref().id());
		assertThat(copy.get("state").asString()).isEqualTo("DRAFT");
		assertThat(copy.get("source").asString()).isEqualTo("示范市卫健委");
		assertThat(copy.get("origin").get("kind").asString()).isEqualTo("REPRINT");
		assertThat(copy.get("origin").get("siteName").asString()).isEqualTo("示范市卫健委");
		assertThat(copy.get("origin").get("url").asString())
			.isEqualTo("https://" + this.siteB.domain() + "/articles/" + ofB + ".html");
		JsonNode audit = api().get("/articles/" + copy.get("id").asLong() + "/reviews", this.editorA, this.siteA.ref())
			.json();
		assertThat(audit.get(0).get("action").asString()).isEqualTo("REPRINT");
		assertThat(reprint(this.editorA, this.siteA, this.siteB.ref().id(), ofB, this.columnA).status()).isEqualTo(409);
	}

	@Test
	void aReprintNeverRevealsAnotherSitesDrafts() {
		long draftOfB = draft(this.editorB, this.siteB, this.columnB, "乙站未发布稿件", "内部正文。");
		Response refused = reprint(this.editorA, this.siteA, this.siteB.ref().id(), draftOfB, this.columnA);
		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.body()).doesNotContain("乙站未发布稿件").doesNotContain("内部正文");
		assertThat(reprint(this.editorA, this.siteA, this.siteB.ref().id(), 987_654_321L, this.columnA).status())
			.isEqualTo(404);
		assertThat(reprint(this.editorA, this.siteA, 999_999_999L, draftOfB, this.columnA).status()).isEqualTo(404);
		assertThat(reprint(this.editorA, this.siteA, this.siteA.ref().id(), draftOfB, this.columnA).errorFields())
			.containsExactly("sourceSiteId");
		// Reprinting into B with A's token is refused, and bad input is a 400.
		assertThat(reprint(this.editorA, this.siteB, this.siteA.ref().id(), 1, this.columnB).status()).isEqualTo(403);
		assertThat(api().post("/reprints", this.editorA, this.siteA.ref(), Map.of("sourceSiteId", 1)).errorFields())
			.containsExactlyInAnyOrder("sourceItemId", "columnId");
	}

	private long published(String token, TestSite site, long column, String title) {
		long id = draft(token, site, column, title, "2026年11月20日，相关工作有序开展。");
		assertThat(api().post("/articles/" + id + "/publish", token, site.ref(), "").status()).isEqualTo(200);
		return id;
	}

	private Response push(long item, String token, TestSite site, long column) {
		return api().post("/articles/" + item + "/push", token, site.ref(), Map.of("columnId", column));
	}

	private Response reprint(String token, TestSite site, long sourceSite, long sourceItem, long column) {
		return api().post("/reprints", token, site.ref(),
				Map.of("sourceSiteId", sourceSite, "sourceItemId", sourceItem, "columnId", column));
	}

	private Response post(long id, String action, String token, TestSite site) {
		return post(id, action, token, site, Map.of());
	}

	private Response post(long id, String action, String token, TestSite site, Object body) {
		return api().post("/articles/" + id + "/" + action, token, site.ref(), body);
	}

	private List<Long> queue(String token) {
		return api().get("/review-queue", token, this.portal.ref())
			.json()
			.valueStream()
			.map(a -> a.get("id").asLong())
			.toList();
	}

	private JsonNode pushOf(long item) {
		return api().get("/pushes", this.editorA, this.siteA.ref())
			.json()
			.valueStream()
			.filter(p -> p.get("itemId").asLong() == item)
			.findFirst()
			.orElseThrow();
	}

}
