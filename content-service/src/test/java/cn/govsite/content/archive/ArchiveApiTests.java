package cn.govsite.content.archive;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import cn.govsite.common.storage.ObjectStorage;
import cn.govsite.common.storage.StorageProperties;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** 归档 of items and column branches, and the status marks the model carries. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveApiTests extends ContentIntegrationTest {

	@Autowired
	private ObjectStorage storage;

	@Autowired
	private StorageProperties storageProperties;

	private TestSite siteA;

	private TestSite siteB;

	private String editorA;

	private String adminA;

	private String reviewerA;

	private String editorB;

	private String adminB;

	private long columnA;

	private long columnB;

	@BeforeAll
	void sites() {
		this.siteA = siteFromEvent("荷塘区发改局");
		this.siteB = siteFromEvent("石峰区发改局");
		this.editorA = userWith(this.siteA, "editor");
		this.adminA = userWith(this.siteA, "site-admin");
		this.reviewerA = userWith(this.siteA, "reviewer");
		this.editorB = userWith(this.siteB, "editor");
		this.adminB = userWith(this.siteB, "site-admin");
		this.columnA = directColumn(this.siteA, "发改动态");
		this.columnB = directColumn(this.siteB, "发改动态");
	}

	@Test
	void anArchivedItemStaysPublishedMarkedWithTheDateAndTakesNoMoreSteps() {
		long id = draft(this.editorA, this.siteA, this.columnA, "2025年度项目建设总结", "正文。");
		assertThat(api().post("/articles/" + id + "/publish", this.editorA, this.siteA.ref(), "").status())
			.isEqualTo(200);
		Response archived = api().post("/articles/" + id + "/archive", this.editorA, this.siteA.ref(),
				Map.of("opinion", "年度信息归档"));
		assertThat(archived.status()).isEqualTo(200);
		JsonNode item = archived.json();
		assertThat(item.get("state").asString()).isEqualTo("PUBLISHED");
		assertThat(item.get("path").asString()).isEqualTo("/articles/" + id + ".html");
		assertThat(item.get("archivedAt").isNull()).isFalse();
		assertThat(item.get("archiveMark").asString())
			.isEqualTo("已归档（" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "）");
		// The page stays reachable.
		assertThat(this.storage.get(this.storageProperties.bucket("pages"),
				this.siteA.code() + "/articles/" + id + ".html"))
			.isPresent();
		// Search hears of it at once: a second ArticlePublished with the archive date.
		List<String> announced = this.jdbc.queryForList(
				"SELECT JSON_VALUE(envelope, '$.payload.archivedAt') FROM outbox_event WHERE event_type = 'ArticlePublished'"
						+ " AND JSON_VALUE(envelope, '$.payload.articleId') = ? ORDER BY id",
				String.class, id);
		assertThat(announced).hasSize(2);
		assertThat(announced.get(0)).isNull();
		assertThat(announced.get(1)).isNotNull();

		Response edit = api().put("/articles/" + id, this.editorA, this.siteA.ref(), Map.of("title", "改", "body", "改"));
		assertThat(edit.status()).isEqualTo(409);
		assertThat(api().post("/articles/" + id + "/archive", this.editorA, this.siteA.ref(), "").status())
			.isEqualTo(409);
		JsonNode audit = api().get("/articles/" + id + "/reviews", this.editorA, this.siteA.ref()).json();
		JsonNode last = audit.get(audit.size() - 1);
		assertThat(last.get("action").asString()).isEqualTo("ARCHIVE");
		assertThat(last.get("opinion").asString()).isEqualTo("年度信息归档");
	}

	@Test
	void anArchivedSubmissionLeavesTheQueueAndCannotBeApproved() {
		long id = draft(this.editorA, this.siteA, this.columnA, "待审稿件归档", "正文。");
		assertThat(api().post("/articles/" + id + "/submit", this.editorA, this.siteA.ref(), "{}").status())
			.isEqualTo(200);
		api().post("/articles/" + id + "/archive", this.adminA, this.siteA.ref(), "");
		assertThat(api().get("/review-queue", this.reviewerA, this.siteA.ref())
			.json()
			.valueStream()
			.map(a -> a.get("id").asLong())).doesNotContain(id);
		Response approve = api().post("/articles/" + id + "/approve", this.reviewerA, this.siteA.ref(), "{}");
		assertThat(approve.status()).isEqualTo(409);
		assertThat(approve.json().get("detail").asString()).contains("已归档");

		Response scheduled = api().post("/articles", this.editorA, this.siteA.ref(), Map.of("columnId", this.columnA,
				"title", "定时发布后归档", "body", "正文。", "publishAt", java.time.Instant.now().plusSeconds(3600).toString()));
		long due = scheduled.json().get("id").asLong();
		api().post("/articles/" + due + "/submit", this.editorA, this.siteA.ref(), "{}");
		assertThat(api().post("/articles/" + due + "/approve", this.reviewerA, this.siteA.ref(), "{}").status())
			.isEqualTo(200);
		api().post("/articles/" + due + "/archive", this.adminA, this.siteA.ref(), "");
		assertThat(this.jdbc.queryForObject("SELECT publish_at IS NULL FROM article WHERE id = ?", Boolean.class, due))
			.isTrue();
	}

	@Test
	void archivingAColumnArchivesItsBranchAndItsItems() {
		Response parent = api().post("/columns", this.adminA, this.siteA.ref(), Map.of("name", "2025年专题"));
		long parentId = parent.json().get("id").asLong();
		long childId = api()
			.post("/columns", this.adminA, this.siteA.ref(), Map.of("name", "专题动态", "parentId", parentId))
			.json()
			.get("id")
			.asLong();
		long inParent = draft(this.editorA, this.siteA, parentId, "专题首篇", "正文。");
		long inChild = draft(this.editorA, this.siteA, childId, "专题次篇", "正文。");

		assertThat(api().post("/columns/" + parentId + "/archive", this.editorA, this.siteA.ref(), "").status())
			.isEqualTo(403);
		Response archived = api().post("/columns/" + parentId + "/archive", this.adminA, this.siteA.ref(), "");
		assertThat(archived.status()).isEqualTo(200);
		assertThat(archived.json().get("columnIds").valueStream().map(JsonNode::asLong)).containsExactly(parentId,
				childId);
		assertThat(archived.json().get("items").asLong()).isEqualTo(2);
		for (long item : List.of(inParent, inChild)) {
			assertThat(
					api().get("/articles/" + item, this.editorA, this.siteA.ref()).json().get("archiveMark").asString())
				.startsWith("已归档");
		}
		assertThat(api().get("/columns/" + childId, this.editorA, this.siteA.ref()).json().get("archivedAt").isNull())
			.isFalse();
		Response intoArchived = api().post("/articles", this.editorA, this.siteA.ref(),
				Map.of("columnId", childId, "title", "新稿件", "body", "正文。"));
		assertThat(intoArchived.status()).isEqualTo(409);
		assertThat(api().post("/columns/" + parentId + "/archive", this.adminA, this.siteA.ref(), "").status())
			.isEqualTo(409);
	}

	@Test
	void anAbolishedPolicyDocumentShowsItsStatus() {
		Map<String, Object> body = new HashMap<>();
		body.put("columnId", this.columnA);
		body.put("title", "关于废止部分规范性文件的决定");
		body.put("body", "正文。");
		body.put("type", "POLICY_DOCUMENT");
		body.put("fields", Map.of("documentNumber", "荷发改〔2020〕1号", "issuingAuthority", "荷塘区发改局", "writtenOn",
				"2020-03-01", "validity", "ABOLISHED", "validityChangedOn", "2026-06-30", "topic", "综合政务"));
		JsonNode created = api().post("/articles", this.editorA, this.siteA.ref(), body).json();
		assertThat(created.get("validity").asString()).isEqualTo("ABOLISHED");
		assertThat(created.get("validityLabel").asString()).isEqualTo("已废止");
		JsonNode listed = api().get("/articles?type=POLICY_DOCUMENT", this.editorA, this.siteA.ref()).json();
		assertThat(listed.get("items").get(0).get("validityLabel").asString()).isEqualTo("已废止");
		long news = draft(this.editorA, this.siteA, this.columnA, "普通新闻", "正文。");
		assertThat(api().get("/articles/" + news, this.editorA, this.siteA.ref()).json().get("validity").isNull())
			.isTrue();
	}

	@Test
	void siteACannotArchiveSiteBsItemsOrColumns() {
		long ofB = draft(this.editorB, this.siteB, this.columnB, "乙站稿件", "正文。");
		assertThat(api().post("/articles/" + ofB + "/archive", this.editorA, this.siteA.ref(), "").status())
			.isEqualTo(404);
		assertThat(api().post("/articles/" + ofB + "/archive", this.editorA, this.siteB.ref(), "").status())
			.isEqualTo(403);
		assertThat(api().post("/columns/" + this.columnB + "/archive", this.adminA, this.siteA.ref(), "").status())
			.isEqualTo(404);
		assertThat(api().post("/columns/" + this.columnB + "/archive", this.adminA, this.siteB.ref(), "").status())
			.isEqualTo(403);
		assertThat(api().get("/articles/" + ofB, this.adminB, this.siteB.ref()).json().get("archivedAt").isNull())
			.isTrue();
		assertThat(
				api().get("/columns/" + this.columnB, this.adminB, this.siteB.ref()).json().get("archivedAt").isNull())
			.isTrue();
	}

}
