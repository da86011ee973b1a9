package cn.govsite.content.interaction.mailbox;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.calendar.WorkingDays;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mailboxes over HTTP against the real servers: citizens, staff, deadlines, isolation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailboxApiTests extends ContentIntegrationTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	private WorkingDays workingDays;

	@Autowired
	private DeadlineReminders reminders;

	private TestSite siteA;

	private TestSite siteB;

	private String editorA;

	private String reviewerA;

	private String adminA;

	private String editorB;

	@BeforeAll
	void sites() {
		this.siteA = siteFromEvent("市交通运输局");
		this.siteB = siteFromEvent("市卫生健康委");
		this.editorA = userWith(this.siteA, "editor");
		this.reviewerA = userWith(this.siteA, "reviewer");
		this.adminA = userWith(this.siteA, "site-admin");
		this.editorB = userWith(this.siteB, "editor");
	}

	@Test
	void aCitizenWritesAnonymouslyStaffAnswerAndTheMaskedReplyIsPublished() {
		Response boxes = api().get("/public/mailboxes", null, this.siteA.ref());
		assertThat(boxes.status()).isEqualTo(200);
		assertThat(boxes.json().valueStream().map(b -> b.get("name").asString())).containsExactly("领导信箱", "咨询", "投诉",
				"举报");

		Response written = write(this.siteA, "complaint", null,
				Map.of("title", "<b>路灯</b>不亮", "body",
						"<p>文一路115号3幢门口路灯不亮。</p><script>alert(1)</script>我的手机13812345678，身份证330106198503120028。",
						"name", "张三", "phone", "13812345678"));
		assertThat(written.status()).isEqualTo(201);
		String code = written.json().get("trackingCode").asString();
		assertThat(code).hasSize(16);
		LocalDate today = LocalDate.now(ZONE);
		assertThat(written.json().get("dueOn").asString())
			.isEqualTo(this.workingDays.plusWorkingDays(today, 5).toString());
		assertThat(written.json().get("stateLabel").asString()).isEqualTo("待受理");

		JsonNode tracked = api().get("/public/mailbox-messages/track/" + code, null, this.siteA.ref()).json();
		assertThat(tracked.get("title").asString()).isEqualTo("路灯不亮");
		assertThat(tracked.get("body").asString()).doesNotContain("<", "alert").startsWith("文一路115号");
		assertThat(tracked.get("state").asString()).isEqualTo("SUBMITTED");
		assertThat(tracked.get("reply").isNull()).isTrue();

		long id = idOf(this.editorA, this.siteA, code);
		assertThat(act(id, "accept", this.editorA, Map.of()).json().get("state").asString()).isEqualTo("ACCEPTED");
		JsonNode assigned = act(id, "assign", this.editorA, Map.of("unit", "市城管局")).json();
		assertThat(assigned.get("state").asString()).isEqualTo("ASSIGNED");
		assertThat(assigned.get("unit").asString()).isEqualTo("市城管局");
		JsonNode replied = act(id, "reply", this.editorA, Map.of("reply", "已安排维修，联系人电话13900001111。")).json();
		assertThat(replied.get("state").asString()).isEqualTo("REPLIED");
		assertThat(replied.get("answerDays").asInt()).isZero();

		JsonNode answered = api().get("/public/mailbox-messages/track/" + code.toLowerCase(), null, this.siteA.ref())
			.json();
		assertThat(answered.get("stateLabel").asString()).isEqualTo("已答复");
		assertThat(answered.get("reply").asString()).startsWith("已安排维修");
		assertThat(publishedIds(this.siteA)).doesNotContain(id);

		Response published = act(id, "publish", this.reviewerA, Map.of());
		assertThat(published.status()).isEqualTo(200);
		JsonNode shown = api().get("/public/mailbox-messages/" + id, null, this.siteA.ref()).json();
		assertThat(shown.get("body").asString()).contains("文一路*号*幢", "138******78", "330*************28")
			.doesNotContain("13812345678", "330106198503120028", "115号");
		assertThat(shown.get("reply").asString()).contains("139******11");
		assertThat(shown.toString()).doesNotContain("张三", "trackingCode");
		assertThat(publishedIds(this.siteA)).contains(id);

		JsonNode steps = api().get("/mailbox-messages/" + id + "/steps", this.editorA, this.siteA.ref()).json();
		assertThat(steps.valueStream().map(s -> s.get("action").asString())).containsExactly("SUBMIT", "ACCEPT",
				"ASSIGN", "REPLY", "PUBLISH");
		assertThat(steps.get(0).get("actor").asString()).isEqualTo("anonymous");

		Response off = act(id, "keep-private", this.reviewerA, Map.of("reason", "来信人要求不公开"));
		assertThat(off.json().get("state").asString()).isEqualTo("PRIVATE");
		assertThat(api().get("/public/mailbox-messages/" + id, null, this.siteA.ref()).status()).isEqualTo(404);
	}

	@Test
	void refusedStepsLeaveTheMessageAsItWas() {
		long id = idOf(this.editorA, this.siteA, code(write(this.siteA, "consult", null, message("咨询办事时间"))));
		Response early = act(id, "reply", this.editorA, Map.of("reply", "答复"));
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().get("type").asString()).endsWith("/invalid-state");
		assertThat(early.json().get("detail").asString()).contains("待受理");
		Response noReason = act(id, "reject", this.editorA, Map.of());
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.errorFields()).containsExactly("reason");
		assertThat(act(id, "accept", this.editorA, Map.of()).status()).isEqualTo(200);
		assertThat(act(id, "accept", this.editorA, Map.of()).status()).isEqualTo(409);
		assertThat(act(id, "assign", this.editorA, Map.of("unit", " ")).errorFields()).containsExactly("unit");
		assertThat(act(id, "reply", this.editorA, Map.of("reply", "<p></p>")).errorFields()).containsExactly("reply");
		assertThat(act(id, "reply", this.editorA, Map.of()).status()).isEqualTo(400);
		assertThat(act(id, "reply", this.editorA, Map.of("reply", "工作日上午9点至下午5点。")).status()).isEqualTo(200);
		Response byEditor = act(id, "publish", this.editorA, Map.of());
		assertThat(byEditor.status()).isEqualTo(403);
		assertThat(state(id)).isEqualTo("REPLIED");

		long other = idOf(this.editorA, this.siteA, code(write(this.siteA, "report", null, message("重复来信"))));
		assertThat(act(other, "reject", this.editorA, Map.of("reason", "重复来信，已并案办理")).json().get("state").asString())
			.isEqualTo("REJECTED");
		assertThat(act(other, "accept", this.editorA, Map.of()).status()).isEqualTo(409);
		JsonNode tracked = api()
			.get("/public/mailbox-messages/track/"
					+ api().get("/mailbox-messages/" + other, this.editorA, this.siteA.ref())
						.json()
						.get("trackingCode")
						.asString(),
					null, this.siteA.ref())
			.json();
		assertThat(tracked.get("stateLabel").asString()).isEqualTo("不予受理");
		assertThat(tracked.get("closedReason").asString()).isEqualTo("重复来信，已并案办理");
	}

	@Test
	void staffOfSiteACannotReadOrActOnSiteBsMessages() {
		String codeB = code(write(this.siteB, "leader", null, message("乙站来信")));
		long idB = idOf(this.editorB, this.siteB, codeB);

		// With B's headers, A's staff hold no role there.
		assertThat(api().get("/mailbox-messages", this.editorA, this.siteB.ref()).status()).isEqualTo(403);
		assertThat(api().get("/mailbox-messages/" + idB, this.editorA, this.siteB.ref()).status()).isEqualTo(403);
		assertThat(
				api().post("/mailbox-messages/" + idB + "/accept", this.editorA, this.siteB.ref(), Map.of()).status())
			.isEqualTo(403);
		assertThat(api().get("/mailbox-messages/overdue", this.editorA, this.siteB.ref()).status()).isEqualTo(403);
		assertThat(api().get("/mailbox-stats?month=2026-11", this.editorA, this.siteB.ref()).status()).isEqualTo(403);
		assertThat(api().get("/mailboxes", this.editorA, this.siteB.ref()).status()).isEqualTo(403);
		assertThat(api().put("/mailboxes/1", this.adminA, this.siteB.ref(), Map.of("deadlineDays", 3)).status())
			.isEqualTo(403);
		// With A's headers, B's message does not exist.
		assertThat(api().get("/mailbox-messages/" + idB, this.editorA, this.siteA.ref()).status()).isEqualTo(404);
		assertThat(act(idB, "accept", this.editorA, Map.of()).status()).isEqualTo(404);
		assertThat(act(idB, "reject", this.editorA, Map.of("reason", "越权")).status()).isEqualTo(404);
		assertThat(api().get("/mailbox-messages/" + idB + "/steps", this.editorA, this.siteA.ref()).status())
			.isEqualTo(404);
		assertThat(api().get("/mailbox-messages", this.editorA, this.siteA.ref())
			.json()
			.valueStream()
			.map(m -> m.get("id").asLong())).doesNotContain(idB);
		// B's tracking code on A's site finds nothing.
		assertThat(api().get("/public/mailbox-messages/track/" + codeB, null, this.siteA.ref()).status())
			.isEqualTo(404);
		assertThat(api().get("/mailbox-messages/" + idB, this.editorB, this.siteB.ref()).json().get("state").asString())
			.isEqualTo("SUBMITTED");
		// A's mailbox ids are not B's to change.
		long mailboxA = api().get("/mailboxes", this.adminA, this.siteA.ref()).json().get(0).get("id").asLong();
		String adminB = userWith(this.siteB, "site-admin");
		assertThat(api().put("/mailboxes/" + mailboxA, adminB, this.siteB.ref(), Map.of("deadlineDays", 3)).status())
			.isEqualTo(404);
	}

	@Test
	void aSignedInCitizenSeesOnlyTheirOwnMessages() {
		String citizen = citizen();
		String other = citizen();
		String code = code(write(this.siteA, "consult", citizen, message("公积金提取")));
		JsonNode mine = api().get("/public/my/mailbox-messages", citizen, this.siteA.ref()).json();
		assertThat(mine.valueStream().map(m -> m.get("trackingCode").asString())).containsExactly(code);
		assertThat(api().get("/public/my/mailbox-messages", other, this.siteA.ref()).json().size()).isZero();
		assertThat(api().get("/public/my/mailbox-messages", citizen, this.siteB.ref()).json().size()).isZero();
		assertThat(api().get("/public/my/mailbox-messages", null, this.siteA.ref()).status()).isEqualTo(401);
		// A citizen holds no staff role.
		assertThat(api().get("/mailbox-messages", citizen, this.siteA.ref()).status()).isEqualTo(403);
		long id = idOf(this.editorA, this.siteA, code);
		assertThat(api().post("/mailbox-messages/" + id + "/accept", citizen, this.siteA.ref(), Map.of()).status())
			.isEqualTo(403);
		JsonNode staffView = api().get("/mailbox-messages/" + id, this.editorA, this.siteA.ref()).json();
		assertThat(staffView.get("signedIn").asBoolean()).isTrue();
	}

	@Test
	void badInputIsRefusedWithFieldsAndNothingIsStored() {
		int before = count(this.siteA);
		assertThat(write(this.siteA, "consult", null, Map.of("title", "", "body", "内容")).errorFields())
			.containsExactly("title");
		assertThat(write(this.siteA, "consult", null, Map.of("title", "<b></b>", "body", "内容")).errorFields())
			.containsExactly("title");
		assertThat(write(this.siteA, "consult", null, Map.of("title", "标题", "body", "长".repeat(5001))).errorFields())
			.containsExactly("body");
		assertThat(write(this.siteA, "consult", null, Map.of("title", "标题", "body", "长".repeat(20_001))).errorFields())
			.containsExactly("body");
		assertThat(write(this.siteA, "consult", null, Map.of("title", "标题")).errorFields()).containsExactly("body");
		assertThat(write(this.siteA, "consult", null, Map.of("title", "标题", "body", "内容", "email", "not-mail"))
			.errorFields()).containsExactly("email");
		assertThat(
				write(this.siteA, "consult", null, Map.of("title", "标题", "body", "内容", "phone", "abc")).errorFields())
			.containsExactly("phone");
		assertThat(write(this.siteA, "nope", null, message("x")).status()).isEqualTo(404);
		Response unknown = write(unknownSite("无此站点"), "consult", null, message("x"));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("type").asString()).endsWith("/site-not-found");
		assertThat(api().post("/public/mailboxes/consult/messages", null, "{not json").status()).isEqualTo(400);
		Response noSite = api().post("/public/mailboxes/consult/messages", null, message("x"));
		assertThat(noSite.status()).isEqualTo(400);
		assertThat(noSite.json().get("type").asString()).endsWith("/site-required");
		assertThat(api().get("/public/mailbox-messages/track/short", null, this.siteA.ref()).status()).isEqualTo(404);
		assertThat(api().get("/public/mailbox-stats?month=2026-13", null, this.siteA.ref()).status()).isEqualTo(400);
		assertThat(api().get("/public/mailbox-messages?size=1000", null, this.siteA.ref()).status()).isEqualTo(400);
		assertThat(count(this.siteA)).isEqualTo(before);
	}

	@Test
	void publicSubmissionsAreRateLimitedPerClient() {
		TestSite site = siteFromEvent("区信访局");
		String ip = "203.0.113." + (1 + (int) (Math.random() * 200));
		ServiceClient client = api().withHeader("X-Govsite-Client-Address", ip);
		for (int i = 0; i < 5; i++) {
			assertThat(client.post("/public/mailboxes/consult/messages", null, site.ref(), message("第" + i + "封"))
				.status()).isEqualTo(201);
		}
		Response limited = client.post("/public/mailboxes/consult/messages", null, site.ref(), message("第6封"));
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.json().get("type").asString()).endsWith("/rate-limited");
		assertThat(limited.json().get("detail").asString()).contains("提交过于频繁");
		assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
		// Another client, and the same client on another site, still write.
		assertThat(write(site, "consult", null, message("另一位市民")).status()).isEqualTo(201);
		assertThat(client.post("/public/mailboxes/consult/messages", null, this.siteB.ref(), message("乙站")).status())
			.isEqualTo(201);
	}

	@Test
	void sensitiveWordsKeepAMessageOffTheSiteUntilReworded() {
		String code = code(
				write(this.siteA, "report", null, Map.of("title", "举报小区门口小广告", "body", "举报：小区门口有人办假证，还贴小广告。")));
		long id = idOf(this.editorA, this.siteA, code);
		assertThat(api().get("/mailbox-messages/" + id, this.editorA, this.siteA.ref())
			.json()
			.get("screeningHits")
			.asInt()).isEqualTo(1);
		act(id, "accept", this.editorA, Map.of());
		act(id, "reply", this.editorA, Map.of("reply", "已移交公安机关查处。"));
		Response refused = act(id, "publish", this.reviewerA, Map.of());
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("type").asString()).endsWith("/check-failed");
		assertThat(refused.errorFields()).containsExactly("body");
		assertThat(state(id)).isEqualTo("REPLIED");
		Response reworded = act(id, "publish", this.reviewerA, Map.of("body", "举报：小区门口有人从事违法广告活动。"));
		assertThat(reworded.status()).isEqualTo(200);
		assertThat(reworded.json().get("publicBody").asString()).isEqualTo("举报：小区门口有人从事违法广告活动。");
		assertThat(reworded.json().get("body").asString()).contains("办假证");
	}

	@Test
	void aSiteAdminSetsAThreeWorkingDayLimit() {
		TestSite site = siteFromEvent("区市场监管局");
		String admin = userWith(site, "site-admin");
		String editor = userWith(site, "editor");
		JsonNode complaint = api().get("/mailboxes", admin, site.ref())
			.json()
			.valueStream()
			.filter(b -> b.get("code").asString().equals("complaint"))
			.findFirst()
			.orElseThrow();
		long mailboxId = complaint.get("id").asLong();
		assertThat(complaint.get("deadlineDays").asInt()).isEqualTo(5);
		assertThat(api().put("/mailboxes/" + mailboxId, editor, site.ref(), Map.of("deadlineDays", 3)).status())
			.isEqualTo(403);
		assertThat(api().put("/mailboxes/" + mailboxId, admin, site.ref(), Map.of("deadlineDays", 0)).errorFields())
			.containsExactly("deadlineDays");
		assertThat(api().put("/mailboxes/" + mailboxId, admin, site.ref(), Map.of("deadlineDays", 3, "remindDays", 3))
			.errorFields()).containsExactly("remindDays");
		Response updated = api().put("/mailboxes/" + mailboxId, admin, site.ref(), Map.of("deadlineDays", 3));
		assertThat(updated.json().get("deadlineDays").asInt()).isEqualTo(3);

		JsonNode receipt = write(site, "complaint", null, message("食品安全投诉")).json();
		assertThat(receipt.get("deadlineDays").asInt()).isEqualTo(3);
		assertThat(receipt.get("dueOn").asString())
			.isEqualTo(this.workingDays.plusWorkingDays(LocalDate.now(ZONE), 3).toString());

		Response added = api().post("/mailboxes", admin, site.ref(),
				Map.of("code", "medical-insurance", "name", "医保咨询", "deadlineDays", 10));
		assertThat(added.status()).isEqualTo(201);
		assertThat(
				api().post("/mailboxes", admin, site.ref(), Map.of("code", "medical-insurance", "name", "重复")).status())
			.isEqualTo(409);
		assertThat(api().post("/mailboxes", admin, site.ref(), Map.of("code", "Bad Code!", "name", "x")).errorFields())
			.containsExactly("code");
		assertThat(
				api().put("/mailboxes/" + added.json().get("id").asLong(), admin, site.ref(), Map.of("enabled", false))
					.status())
			.isEqualTo(200);
		assertThat(write(site, "medical-insurance", null, message("停用后来信")).status()).isEqualTo(409);
		assertThat(api().get("/public/mailboxes", null, site.ref())
			.json()
			.valueStream()
			.map(b -> b.get("code").asString())).doesNotContain("medical-insurance");
	}

	@Test
	void overdueMessagesAreListedAndRemindersGoOutOnce() {
		TestSite site = siteFromEvent("区住建局");
		String editor = userWith(site, "editor");
		long late = idOf(editor, site, code(write(site, "consult", null, message("超期来信"))));
		long soon = idOf(editor, site, code(write(site, "consult", null, message("即将到期"))));
		long fresh = idOf(editor, site, code(write(site, "consult", null, message("刚收到"))));
		LocalDate today = LocalDate.now(ZONE);
		LocalDate lastWeek = today.minusDays(10);
		this.jdbc.update("UPDATE mailbox_message SET received_on = ?, due_on = ? WHERE id = ?", lastWeek,
				this.workingDays.plusWorkingDays(lastWeek, 5), late);
		this.jdbc.update("UPDATE mailbox_message SET due_on = ? WHERE id = ?",
				this.workingDays.plusWorkingDays(today, 1), soon);

		JsonNode overdue = api().get("/mailbox-messages/overdue", editor, site.ref()).json();
		assertThat(overdue.valueStream().map(m -> m.get("id").asLong())).containsExactly(late);
		assertThat(overdue.get(0).get("overdue").asBoolean()).isTrue();
		assertThat(overdue.get(0).get("workingDaysLeft").asInt()).isNegative();

		this.reminders.run();
		assertThat(events("MailboxMessageOverdue", late)).isEqualTo(1);
		assertThat(events("MailboxMessageDueSoon", soon)).isEqualTo(1);
		assertThat(events("MailboxMessageDueSoon", fresh)).isZero();
		this.reminders.run();
		assertThat(events("MailboxMessageOverdue", late)).as("sent once").isEqualTo(1);
		assertThat(events("MailboxMessageDueSoon", soon)).isEqualTo(1);

		// Answered late: counted as answered, not on time.
		act(site, editor, late, "accept");
		api().post("/mailbox-messages/" + late + "/reply", editor, site.ref(), Map.of("reply", "迟到的答复。"));
		assertThat(api().get("/mailbox-messages/overdue", editor, site.ref()).json().size()).isZero();
	}

	@Test
	void theMonthsFiguresArePublished() {
		TestSite site = siteFromEvent("区教育局");
		String editor = userWith(site, "editor");
		long answered = idOf(editor, site, code(write(site, "consult", null, message("入学咨询"))));
		long rejected = idOf(editor, site, code(write(site, "consult", null, message("无关来信"))));
		write(site, "consult", null, message("待办来信"));
		act(site, editor, answered, "accept");
		api().post("/mailbox-messages/" + answered + "/reply", editor, site.ref(), Map.of("reply", "请按通知办理。"));
		api().post("/mailbox-messages/" + rejected + "/reject", editor, site.ref(), Map.of("reason", "不属于本单位职责"));

		String month = YearMonth.now(ZONE).toString();
		JsonNode stats = api().get("/public/mailbox-stats?month=" + month, null, site.ref()).json();
		assertThat(stats.get("received").asInt()).isEqualTo(3);
		assertThat(stats.get("rejected").asInt()).isEqualTo(1);
		assertThat(stats.get("answered").asInt()).isEqualTo(1);
		assertThat(stats.get("onTime").asInt()).isEqualTo(1);
		assertThat(stats.get("sameDay").asInt()).isEqualTo(1);
		assertThat(stats.get("open").asInt()).isEqualTo(1);
		assertThat(stats.get("averageWorkingDays").asDouble()).isZero();
		assertThat(stats.get("sameDayRate").asDouble()).isEqualTo(100.0);
		assertThat(api().get("/mailbox-stats?month=" + month, editor, site.ref()).json()).isEqualTo(stats);
		assertThat(api().get("/public/mailbox-stats?month=2020-01", null, site.ref()).json().get("received").asInt())
			.isZero();
	}

	private Response write(TestSite site, String mailbox, String token, Map<String, ?> body) {
		// Every write comes from its own client address, so the rate limit only bites
		// where
		// a test means it to.
		String ip = "198.51.100." + (1 + (int) (Math.random() * 250)) + randomHex(1);
		return api().withHeader("X-Govsite-Client-Address", ip)
			.post("/public/mailboxes/" + mailbox + "/messages", token, site.ref(), body);
	}

	private static Map<String, String> message(String title) {
		Map<String, String> body = new HashMap<>();
		body.put("title", title);
		body.put("body", title + "，请予答复。");
		return body;
	}

	private static String code(Response written) {
		assertThat(written.status()).as(written.body()).isEqualTo(201);
		return written.json().get("trackingCode").asString();
	}

	private long idOf(String staff, TestSite site, String code) {
		return api().get("/mailbox-messages", staff, site.ref())
			.json()
			.valueStream()
			.filter(m -> m.get("trackingCode").asString().equals(code))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asLong();
	}

	private Response act(long id, String action, String token, Map<String, ?> body) {
		return api().post("/mailbox-messages/" + id + "/" + action, token, this.siteA.ref(), body);
	}

	private void act(TestSite site, String token, long id, String action) {
		assertThat(api().post("/mailbox-messages/" + id + "/" + action, token, site.ref(), Map.of()).status())
			.isEqualTo(200);
	}

	private String state(long id) {
		return api().get("/mailbox-messages/" + id, this.editorA, this.siteA.ref()).json().get("state").asString();
	}

	private List<Long> publishedIds(TestSite site) {
		return api().get("/public/mailbox-messages", null, site.ref())
			.json()
			.valueStream()
			.map(m -> m.get("id").asLong())
			.toList();
	}

	private int count(TestSite site) {
		Integer rows = this.jdbc.queryForObject("SELECT COUNT(*) FROM mailbox_message WHERE site_id = ?", Integer.class,
				site.ref().id());
		return (rows != null) ? rows : 0;
	}

	private int events(String type, long messageId) {
		Integer rows = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM outbox_event WHERE event_type = ? AND JSON_VALUE(envelope, '$.payload.messageId') = ?",
				Integer.class, type, messageId);
		return (rows != null) ? rows : 0;
	}

	private static String citizen() {
		String username = "u" + randomHex(6) + "-citizen";
		Keycloak.createUser(username, List.of(), List.of("citizen"));
		return Keycloak.token(username, Keycloak.DEMO_PASSWORD);
	}

}
