package cn.govsite.content.publishing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;

import cn.govsite.common.storage.ObjectStorage;
import cn.govsite.common.storage.StorageProperties;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The 政民互动 page is published with the site: its mailboxes with their forms, the month's
 * figures, the published letters masked, and the script the forms need; another site's
 * page shows none of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InteractionPageTests extends ContentIntegrationTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	private ObjectStorage storage;

	@Autowired
	private StorageProperties storageProperties;

	@Autowired
	private InteractionPageWatch watch;

	private TestSite site;

	private TestSite other;

	private String admin;

	private String editor;

	private String reviewer;

	@BeforeAll
	void sites() {
		this.site = siteFromEvent("市民政局");
		this.other = siteFromEvent("市司法局");
		this.admin = userWith(this.site, "site-admin");
		this.editor = userWith(this.site, "editor");
		this.reviewer = userWith(this.site, "reviewer");
	}

	@Test
	@Order(1)
	void aRepublishWritesTheInteractionPageWithMailboxesFiguresAndMaskedLetters() {
		String answered = write(this.site, "consult", "低保申请需要哪些材料", "我住在文一路115号3幢，手机13812345678，想问低保申请需要哪些材料。");
		String waiting = write(this.site, "leader", "建议增设公交站", "建议在小区门口增设公交站。");
		long id = idOf(answered);
		act(id, "accept", this.editor, Map.of());
		act(id, "assign", this.editor, Map.of("unit", "市民政局社会救助处"));
		act(id, "reply", this.editor, Map.of("reply", "请携带户口簿和收入证明到街道办理。"));
		act(id, "publish", this.reviewer, Map.of());
		assertThat(waiting).isNotBlank();
		// A mailbox closed by the admin is not offered on the page.
		long report = api().get("/mailboxes", this.admin, this.site.ref())
			.json()
			.valueStream()
			.filter(m -> "report".equals(m.get("code").asString()))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asLong();
		assertThat(api().put("/mailboxes/" + report, this.admin, this.site.ref(), Map.of("enabled", false)).status())
			.isEqualTo(200);

		long survey = survey("养老服务满意度调查");
		assertThat(api().post("/surveys/" + survey + "/publish", this.reviewer, this.site.ref(), "").status())
			.isEqualTo(200);
		survey("尚未发布的调查");
		Response entry = api().post("/knowledge", this.editor, this.site.ref(),
				Map.of("topic", "社会救助", "question", "临时救助如何申请？", "answer", "向户籍所在地街道提出申请。"));
		assertThat(entry.status()).as(entry.body()).isEqualTo(201);

		republish(this.site, this.admin);

		String page = page(this.site, "interaction/index.html").orElseThrow();
		// The open survey with its questions as a form; a draft is not shown.
		long single = this.jdbc.queryForObject("SELECT id FROM survey_question WHERE survey_id = ? AND kind = 'SINGLE'",
				Long.class, survey);
		assertThat(page)
			.contains("[网上调查] 养老服务满意度调查", "data-survey=\"" + survey + "\"",
					"data-question=\"" + single + "\" data-kind=\"SINGLE\" data-required=\"true\"",
					"<label for=\"s" + survey + "-q" + single + "-o2\">不满意</label>")
			.doesNotContain("尚未发布的调查");
		assertThat(page).contains("<span class=\"topic\">[社会救助]</span>临时救助如何申请？", "向户籍所在地街道提出申请。",
				"<a href=\"/interaction/\">政民互动</a>");
		assertThat(page).contains("<html lang=\"zh-CN\">", "<h1>政民互动</h1>", "aria-current=\"page\">政民互动")
			// The open mailboxes, each with its form, and the limit in working days.
			.contains("领导信箱", "给“咨询”写信", "data-mailbox=\"leader\"", "data-mailbox=\"consult\"",
					"data-mailbox=\"complaint\"", "办理时限：5 个工作日")
			.doesNotContain("data-mailbox=\"report\"")
			// Forms: labelled fields, errors and results announced, a note without
			// scripts.
			.contains("<label for=\"w0-title\">", "role=\"alert\"", "role=\"status\"", "<noscript>",
					"fieldset class=\"needs-script\" disabled", "<label for=\"track-code\">查询码</label>")
			// The published letter with its reply, personal data masked.
			.contains("低保申请需要哪些材料", "请携带户口簿和收入证明到街道办理。", "市民政局社会救助处", "138******78")
			.doesNotContain("13812345678", "115号", "建议增设公交站")
			// The script is a published file, never inline.
			.contains("<script src=\"/assets/interaction.js\" defer></script>")
			.doesNotContain("<script>");
		// This month: two received, one answered on time the same day.
		String month = YearMonth.now(ZONE).toString();
		String row = page.substring(page.indexOf("<tr data-month=\"" + month + "\">"));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("<th scope=\"row\">" + LocalDate.now(ZONE).getYear() + "年")
			.contains("<td data-stat=\"received\">2</td>", "<td data-stat=\"answered\">1</td>",
					"<td data-stat=\"onTime\">1</td>", "<td data-stat=\"onTimeRate\">100.0%</td>",
					"<td data-stat=\"averageWorkingDays\">0.0</td>");
		assertThat(page).contains("<tr data-month=\"" + YearMonth.now(ZONE).minusMonths(5) + "\">");

		String script = page(this.site, "assets/interaction.js").orElseThrow();
		assertThat(script).contains("/api/content/public", "/mailbox-messages/track/", "textContent")
			.doesNotContain("innerHTML");
		assertThat(this.storage.get(bucket(), this.site.code() + "/assets/interaction.js").orElseThrow().contentType())
			.startsWith("text/javascript");
	}

	@Test
	@Order(2)
	void anotherSitesPageShowsNothingOfThisSite() {
		String otherAdmin = userWith(this.other, "site-admin");
		String code = write(this.site, "complaint", "小区噪音扰民", "夜间施工噪音扰民。");
		long id = idOf(code);
		act(id, "accept", this.editor, Map.of());
		act(id, "reply", this.editor, Map.of("reply", "已责令施工单位整改。"));
		act(id, "publish", this.reviewer, Map.of());
		// Site A's admin cannot republish site B.
		assertThat(api().post("/publishing/republish", this.admin, this.other.ref(), "{}").status()).isEqualTo(403);

		republish(this.other, otherAdmin);

		String page = page(this.other, "interaction/index.html").orElseThrow();
		assertThat(page).contains("市司法局", "领导信箱", "暂无公开的来信").doesNotContain("小区噪音扰民", "已责令施工单位整改", "市民政局");
		String month = YearMonth.now(ZONE).toString();
		String row = page.substring(page.indexOf("<tr data-month=\"" + month + "\">"));
		assertThat(row.substring(0, row.indexOf("</tr>"))).contains("<td data-stat=\"received\">0</td>",
				"<td data-stat=\"averageWorkingDays\">—</td>");
	}

	@Test
	@Order(3)
	void aLetterPublishedAfterTheRepublishReachesThePageByTheWatchAndNothingElseIsWritten() {
		String before = page(this.site, "interaction/index.html").orElseThrow();
		String code = write(this.site, "leader", "关于延长图书馆开放时间的建议", "建议周末延长开放时间。");
		long id = idOf(code);
		act(id, "accept", this.editor, Map.of());
		act(id, "reply", this.editor, Map.of("reply", "已自下月起周末开放至晚上九点。"));
		act(id, "publish", this.reviewer, Map.of());
		assertThat(before).doesNotContain("关于延长图书馆开放时间的建议");

		List<String> written = this.watch.check();
		// Written by this round, unless the scheduled round (every 2 minutes) got there
		// first; either way by the watch, and nothing else of the site.
		assertThat(written)
			.noneMatch(key -> key.startsWith(this.site.code() + "/") && !key.endsWith("/interaction/index.html"));
		String page = page(this.site, "interaction/index.html").orElseThrow();
		assertThat(page).contains("关于延长图书馆开放时间的建议", "已自下月起周末开放至晚上九点。");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM render_job WHERE site_id = ? AND kind = 'INTERACTION' AND state = 'DONE'",
				Integer.class, this.site.ref().id()))
			.isPositive();
		// Nothing changed since: the next round writes nothing for either site.
		assertThat(this.watch.check()).doesNotContain(this.site.code() + "/interaction/index.html",
				this.other.code() + "/interaction/index.html");
		assertThat(page(this.other, "interaction/index.html").orElseThrow()).doesNotContain("关于延长图书馆开放时间的建议");
	}

	@Test
	@Order(4)
	void aSiteOverridesTheInteractionTemplateWithinTheSandbox() {
		Response refused = api().post("/templates/interaction/versions", this.admin, this.site.ref(),
				Map.of("source", "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("?new");
		Response include = api().post("/templates/interaction/versions", this.admin, this.site.ref(),
				Map.of("source", "<#include \"../../etc/passwd\">"));
		assertThat(include.status()).isEqualTo(422);

		String source = api().get("/templates/interaction", this.admin, this.site.ref())
			.json()
			.get("source")
			.asString()
			.replace("<h1>政民互动</h1>", "<h1>政民互动</h1><p class=\"note\">本站互动须知（定制）</p>");
		Response preview = api().post("/templates/interaction/preview", this.admin, this.site.ref(),
				Map.of("source", source));
		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		assertThat(preview.body()).contains("本站互动须知（定制）", "领导信箱", "data-stat=\"received\"");

		Response saved = api().post("/templates/interaction/versions", this.admin, this.site.ref(),
				Map.of("source", source, "note", "互动须知"));
		assertThat(saved.status()).as(saved.body()).isEqualTo(201);
		int version = saved.json().get("version").asInt();
		assertThat(api()
			.post("/templates/interaction/versions/" + version + "/activate", this.admin, this.site.ref(), "{}")
			.status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> page(this.site, "interaction/index.html").orElse("").contains("本站互动须知（定制）"));
		// Another site keeps the default, and its admin cannot read this site's version.
		this.watch.check();
		assertThat(page(this.other, "interaction/index.html").orElseThrow()).doesNotContain("本站互动须知");
		String otherAdmin = userWith(this.other, "site-admin");
		assertThat(api().get("/templates/interaction", otherAdmin, this.other.ref()).json().get("source").asString())
			.doesNotContain("本站互动须知");
		assertThat(api().get("/templates/interaction", otherAdmin, this.site.ref()).status()).isEqualTo(403);
	}

	@Test
	@Order(5)
	void aSiteThatNeverLookedAtItsMailboxesPreviewsThePageWithTheDefaultOnes() {
		TestSite fresh = siteFromEvent("市审计局");
		String freshAdmin = userWith(fresh, "site-admin");
		Response preview = api().post("/templates/interaction/preview", freshAdmin, fresh.ref(), Map.of());
		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		assertThat(preview.body()).contains("市审计局", "data-mailbox=\"leader\"", "data-mailbox=\"report\"", "暂无公开的来信");
	}

	private void republish(TestSite target, String token) {
		Response queued = api().post("/publishing/republish", token, target.ref(), "{}");
		assertThat(queued.status()).as(queued.body()).isEqualTo(202);
		long job = queued.json().get("id").asLong();
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> api().get("/publishing/jobs/" + job, token, target.ref()).json(),
					j -> "DONE".equals(j.get("state").asString()));
	}

	private long survey(String title) {
		Response created = api().post("/surveys", this.editor, this.site.ref(),
				Map.of("kind", "SURVEY", "title", title, "description", "请对本市养老服务作出评价。", "opensAt",
						Instant.now().minus(Duration.ofHours(1)).toString(), "closesAt",
						Instant.now().plus(Duration.ofDays(10)).toString(), "anonymousAllowed", true, "questions",
						List.of(Map.of("kind", "SINGLE", "text", "您对养老服务是否满意？", "options", List.of("满意", "一般", "不满意")),
								Map.of("kind", "TEXT", "text", "其他意见", "required", false))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private String write(TestSite target, String mailbox, String title, String body) {
		String ip = "198.51.100." + (1 + (int) (Math.random() * 250)) + randomHex(1);
		Response written = api().withHeader("X-Govsite-Client-Address", ip)
			.post("/public/mailboxes/" + mailbox + "/messages", null, target.ref(),
					Map.of("title", title, "body", body, "phone", "13812345678"));
		assertThat(written.status()).as(written.body()).isEqualTo(201);
		return written.json().get("trackingCode").asString();
	}

	private long idOf(String code) {
		return api().get("/mailbox-messages", this.editor, this.site.ref())
			.json()
			.valueStream()
			.filter(m -> m.get("trackingCode").asString().equals(code))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asLong();
	}

	private void act(long id, String action, String token, Map<String, ?> body) {
		Response response = api().post("/mailbox-messages/" + id + "/" + action, token, this.site.ref(), body);
		assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
	}

	private Optional<String> page(TestSite target, String path) {
		return this.storage.get(bucket(), target.code() + "/" + path)
			.map(object -> new String(object.content(), StandardCharsets.UTF_8));
	}

	private String bucket() {
		return this.storageProperties.bucket("pages");
	}

}
