package cn.govsite.content.workflow;

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

/** The review workflow over HTTP against the real servers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowApiTests extends ContentIntegrationTest {

	private TestSite siteA;

	private TestSite siteB;

	private String editorA;

	private String reviewerA;

	private String chiefA;

	private String editorB;

	private long columnA;

	private long columnB;

	@BeforeAll
	void sites() {
		this.siteA = siteFromEvent("市住建局");
		this.siteB = siteFromEvent("市水利局");
		this.editorA = userWith(this.siteA, "editor");
		this.reviewerA = userWith(this.siteA, "reviewer");
		this.chiefA = userWith(this.siteA, "chief");
		this.editorB = userWith(this.siteB, "editor");
		this.columnA = column(this.editorA, this.siteA, "工作动态");
		this.columnB = column(this.editorB, this.siteB, "水利要闻");
	}

	@Test
	void submitApproveAndEveryStepIsAudited() {
		long id = draft(this.editorA, this.siteA, this.columnA, "市住建局部署冬季安全生产", "2026年11月20日，会议召开。");
		Response submitted = post(id, "submit", this.editorA, Map.of());
		assertThat(submitted.status()).isEqualTo(200);
		assertThat(submitted.json().get("state").asString()).isEqualTo("SUBMITTED");
		assertThat(queue(this.reviewerA)).contains(id);
		assertThat(queue(this.chiefA)).contains(id);

		Response approved = post(id, "approve", this.reviewerA, Map.of("opinion", "同意发布"));
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");
		assertThat(approved.json().get("approvals").asInt()).isEqualTo(1);
		assertThat(queue(this.reviewerA)).doesNotContain(id);
		assertThat(queue(this.editorA)).contains(id);

		JsonNode audit = api().get("/articles/" + id + "/reviews", this.editorA, this.siteA.ref()).json();
		assertThat(audit.valueStream().map(r -> r.get("action").asString())).containsExactly("SUBMIT", "APPROVE");
		JsonNode approval = audit.get(1);
		assertThat(approval.get("role").asString()).isEqualTo("reviewer");
		assertThat(approval.get("opinion").asString()).isEqualTo("同意发布");
		assertThat(approval.get("fromState").asString()).isEqualTo("SUBMITTED");
		assertThat(approval.get("toState").asString()).isEqualTo("APPROVED");
		assertThat(approval.get("actor").asString()).isNotEqualTo(audit.get(0).get("actor").asString());
		assertThat(approval.get("at").isNull()).isFalse();
	}

	@Test
	void theAuthorCannotApproveTheirOwnItemEvenAsReviewer() {
		String username = "u" + randomHex(6) + "-both";
		Keycloak.createUser(username,
				List.of("/sites/" + this.siteA.code() + "/editor", "/sites/" + this.siteA.code() + "/reviewer"),
				List.of());
		String both = Keycloak.token(username, Keycloak.DEMO_PASSWORD);
		long id = draft(both, this.siteA, this.columnA, "自己写的稿件", "正文。");
		assertThat(post(id, "submit", both, Map.of()).status()).isEqualTo(200);
		assertThat(queue(both)).doesNotContain(id);
		Response self = post(id, "approve", both, Map.of());
		assertThat(self.status()).isEqualTo(403);
		assertThat(self.json().get("detail").asString()).contains("审发分离");
		assertThat(state(id)).isEqualTo("SUBMITTED");
	}

	@Test
	void anEditAfterApprovalResetsTheApprovalsAndKeepsVersions() {
		long id = draft(this.editorA, this.siteA, this.columnA, "原标题", "第一段。\n\n第二段。");
		post(id, "submit", this.editorA, Map.of());
		assertThat(post(id, "approve", this.reviewerA, Map.of()).status()).isEqualTo(200);

		Response edited = api().put("/articles/" + id, this.editorA, this.siteA.ref(),
				Map.of("title", "新标题", "body", "第一段。\n\n第二段（改）。", "version", 1));
		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.json().get("state").asString()).isEqualTo("DRAFT");
		assertThat(edited.json().get("approvals").asInt()).isZero();
		assertThat(edited.json().get("version").asInt()).isEqualTo(2);
		assertThat(api().post("/articles/" + id + "/publish", this.editorA, this.siteA.ref(), "").status())
			.isEqualTo(403);
		JsonNode audit = api().get("/articles/" + id + "/reviews", this.editorA, this.siteA.ref()).json();
		assertThat(audit.get(audit.size() - 1).get("action").asString()).isEqualTo("EDIT_RESET");

		Response stale = api().put("/articles/" + id, this.editorA, this.siteA.ref(),
				Map.of("title", "过期的修改", "body", "正文。", "version", 1));
		assertThat(stale.status()).isEqualTo(409);

		JsonNode versions = api().get("/articles/" + id + "/versions", this.reviewerA, this.siteA.ref()).json();
		assertThat(versions.valueStream().map(v -> v.get("version").asInt())).containsExactly(1, 2);
		Response diff = api().get("/articles/" + id + "/versions/diff?from=1&to=2", this.reviewerA, this.siteA.ref());
		assertThat(diff.status()).isEqualTo(200);
		assertThat(diff.json().get("titleChanged").asBoolean()).isTrue();
		assertThat(diff.json().get("changes").get(0).get("added").get(0).asString()).isEqualTo("第二段（改）。");

		assertThat(api().get("/articles/" + id + "/versions/diff?from=1&to=9", this.reviewerA, this.siteA.ref())
			.errorFields()).containsExactly("to");
		assertThat(
				api().get("/articles/" + id + "/versions/diff?from=0&to=2", this.reviewerA, this.siteA.ref()).status())
			.isEqualTo(400);
		Response emptyTitle = api().put("/articles/" + id, this.editorA, this.siteA.ref(),
				Map.of("title", "", "body", "正文。"));
		assertThat(emptyTitle.status()).isEqualTo(400);
		assertThat(emptyTitle.errorFields()).containsExactly("title");
	}

	@Test
	void aMajorItemNeedsTheChiefsSecondApproval() {
		Response created = api().post("/articles", this.editorA, this.siteA.ref(),
				Map.of("columnId", this.columnA, "title", "重大项目征收公告", "body", "正文。", "major", true));
		long id = created.json().get("id").asLong();
		assertThat(created.json().get("major").asBoolean()).isTrue();
		post(id, "submit", this.editorA, Map.of());
		Response first = post(id, "approve", this.reviewerA, Map.of("opinion", "初审同意"));
		assertThat(first.json().get("state").asString()).isEqualTo("SUBMITTED");
		assertThat(first.json().get("approvals").asInt()).isEqualTo(1);
		assertThat(api().post("/articles/" + id + "/publish", this.editorA, this.siteA.ref(), "").status())
			.isEqualTo(409);
		assertThat(queue(this.chiefA)).contains(id);

		String anotherReviewer = userWith(this.siteA, "reviewer");
		assertThat(queue(anotherReviewer)).doesNotContain(id);
		assertThat(post(id, "approve", anotherReviewer, Map.of()).status()).isEqualTo(403);
		assertThat(post(id, "approve", this.reviewerA, Map.of()).status()).isEqualTo(403);

		Response second = post(id, "approve", this.chiefA, Map.of("opinion", "同意"));
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.json().get("state").asString()).isEqualTo("APPROVED");
		assertThat(second.json().get("approvals").asInt()).isEqualTo(2);
	}

	@Test
	void aRejectionNeedsAnOpinionAndGoesBackToTheAuthor() {
		long id = draft(this.editorA, this.siteA, this.columnA, "待退回的稿件", "正文。");
		post(id, "submit", this.editorA, Map.of());
		Response noOpinion = post(id, "reject", this.reviewerA, Map.of());
		assertThat(noOpinion.status()).isEqualTo(400);
		assertThat(noOpinion.errorFields()).containsExactly("opinion");
		assertThat(post(id, "reject", this.reviewerA, Map.of("opinion", "   ")).status()).isEqualTo(400);
		assertThat(state(id)).isEqualTo("SUBMITTED");

		Response rejected = post(id, "reject", this.reviewerA, Map.of("opinion", "请补充时间地点"));
		assertThat(rejected.status()).isEqualTo(200);
		assertThat(rejected.json().get("state").asString()).isEqualTo("REJECTED");
		assertThat(post(id, "submit", this.editorA, Map.of()).status()).isEqualTo(409);
		Response edited = api().put("/articles/" + id, this.editorA, this.siteA.ref(),
				Map.of("title", "待退回的稿件", "body", "2026年11月20日上午，在市民中心。"));
		assertThat(edited.json().get("state").asString()).isEqualTo("DRAFT");
		assertThat(post(id, "submit", this.editorA, Map.of()).status()).isEqualTo(200);
	}

	@Test
	void blockingFindingsStopSubmission() {
		long id = draft(this.editorA, this.siteA, this.columnA, "联系方式公示", "联系人电话13812345678，我局近日办理。");
		JsonNode article = api().get("/articles/" + id, this.editorA, this.siteA.ref()).json();
		assertThat(article.get("checkBlocking").asInt()).isEqualTo(1);
		assertThat(article.get("checkWarnings").asInt()).isEqualTo(2);

		Response refused = post(id, "submit", this.editorA, Map.of());
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("type").asString()).endsWith("/check-failed");
		assertThat(refused.errorFields()).containsExactly("body");
		assertThat(refused.json().get("errors").get(0).toString()).contains("personal-data.mobile", "13812345678");
		assertThat(state(id)).isEqualTo("DRAFT");
	}

	@Test
	void theConsoleChecksAdHocText() {
		Response checked = api().post("/checks", this.editorA, this.siteA.ref(),
				Map.of("title", "如何办理居住证？", "body", "为小区按装电梯。"));
		assertThat(checked.status()).isEqualTo(200);
		assertThat(checked.json().get("blocked").asBoolean()).isTrue();
		assertThat(checked.json().get("findings").valueStream().map(f -> f.get("ruleId").asString()))
			.containsExactlyInAnyOrder("writing.title-mood", "typo");
		assertThat(api().post("/checks", this.editorA, this.siteA.ref(), Map.of("body", "正文")).errorFields())
			.containsExactly("title");
		assertThat(api().post("/checks", this.editorA, this.siteB.ref(), Map.of("title", "标题", "body", "正文")).status())
			.isEqualTo(403);
	}

	@Test
	void aReviewerOfSiteACannotTouchSiteB() {
		long ofB = draft(this.editorB, this.siteB, this.columnB, "乙站稿件", "正文。");
		assertThat(api().post("/articles/" + ofB + "/submit", this.editorB, this.siteB.ref(), Map.of()).status())
			.isEqualTo(200);

		// With B's headers A's reviewer holds no role there.
		assertThat(api().get("/review-queue", this.reviewerA, this.siteB.ref()).status()).isEqualTo(403);
		assertThat(api().post("/articles/" + ofB + "/approve", this.reviewerA, this.siteB.ref(), Map.of()).status())
			.isEqualTo(403);
		assertThat(api().post("/articles/" + ofB + "/reject", this.reviewerA, this.siteB.ref(), Map.of("opinion", "越权"))
			.status()).isEqualTo(403);
		assertThat(api().get("/articles/" + ofB + "/versions", this.reviewerA, this.siteB.ref()).status())
			.isEqualTo(403);
		// With A's headers B's article does not exist.
		assertThat(queue(this.reviewerA)).doesNotContain(ofB);
		assertThat(post(ofB, "approve", this.reviewerA, Map.of()).status()).isEqualTo(404);
		assertThat(post(ofB, "reject", this.reviewerA, Map.of("opinion", "越权")).status()).isEqualTo(404);
		assertThat(post(ofB, "withdraw", this.reviewerA, Map.of()).status()).isEqualTo(404);
		assertThat(api().put("/articles/" + ofB, this.editorA, this.siteA.ref(), Map.of("title", "改", "body", "改"))
			.status()).isEqualTo(404);
		assertThat(api().get("/articles/" + ofB + "/reviews", this.reviewerA, this.siteA.ref()).status())
			.isEqualTo(404);
		assertThat(api().get("/articles/" + ofB, this.editorB, this.siteB.ref()).json().get("state").asString())
			.isEqualTo("SUBMITTED");
	}

	@Test
	void theQueueNeedsATokenAndARole() {
		assertThat(api().get("/review-queue", null, this.siteA.ref()).status()).isEqualTo(401);
		assertThat(api().get("/review-queue", this.editorB, this.siteA.ref()).status()).isEqualTo(403);
	}

	private Response post(long id, String action, String token, Object body) {
		return api().post("/articles/" + id + "/" + action, token, this.siteA.ref(), body);
	}

	private List<Long> queue(String token) {
		Response response = api().get("/review-queue", token, this.siteA.ref());
		assertThat(response.status()).isEqualTo(200);
		return response.json().valueStream().map(a -> a.get("id").asLong()).toList();
	}

	private String state(long id) {
		return api().get("/articles/" + id, this.editorA, this.siteA.ref()).json().get("state").asString();
	}

}
