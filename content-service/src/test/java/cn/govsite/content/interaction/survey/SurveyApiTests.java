package cn.govsite.content.interaction.survey;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Surveys and opinion collections over HTTP against the real servers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyApiTests extends ContentIntegrationTest {

	@Autowired
	private FeedbackWarnings warnings;

	private TestSite siteA;

	private TestSite siteB;

	private String editorA;

	private String reviewerA;

	private String reviewerB;

	@BeforeAll
	void sites() {
		this.siteA = siteFromEvent("市发展改革委");
		this.siteB = siteFromEvent("市生态环境局");
		this.editorA = userWith(this.siteA, "editor");
		this.reviewerA = userWith(this.siteA, "reviewer");
		this.reviewerB = userWith(this.siteB, "reviewer");
	}

	@Test
	void anOpinionCollectionFromDraftToFeedback() {
		long id = draft(this.editorA, this.siteA, "CONSULTATION", true);
		assertThat(api().get("/public/surveys/" + id, null, this.siteA.ref()).status()).as("a draft is not public")
			.isEqualTo(404);
		assertThat(api().post("/surveys/" + id + "/publish", this.editorA, this.siteA.ref(), "").status())
			.isEqualTo(403);
		Response published = api().post("/surveys/" + id + "/publish", this.reviewerA, this.siteA.ref(), "");
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.json().get("phase").asString()).isEqualTo("OPEN");
		assertThat(
				api().put("/surveys/" + id, this.editorA, this.siteA.ref(), definition("CONSULTATION", true)).status())
			.isEqualTo(409);

		JsonNode survey = api().get("/public/surveys/" + id, null, this.siteA.ref()).json();
		JsonNode questions = survey.get("questions");
		assertThat(questions.size()).isEqualTo(3);
		long single = questions.get(0).get("id").asLong();
		long multiple = questions.get(1).get("id").asLong();
		long text = questions.get(2).get("id").asLong();

		assertThat(respond(this.siteA, id, null, "203.0.113.7", List.of(choice(single, 0), choice(multiple, 0, 2),
				Map.of("questionId", text, "text", "<b>建议</b>增加夜间班次")))
			.status()).isEqualTo(201);
		Response twice = respond(this.siteA, id, null, "203.0.113.7", List.of(choice(single, 1), choice(multiple, 1)));
		assertThat(twice.status()).as("one answer per client").isEqualTo(409);
		String citizen = citizen();
		assertThat(respond(this.siteA, id, citizen, "203.0.113.7", List.of(choice(single, 1), choice(multiple, 1)))
			.status()).as("signed in, the account counts").isEqualTo(201);
		assertThat(respond(this.siteA, id, citizen, "203.0.113.99", List.of(choice(single, 1), choice(multiple, 1)))
			.status()).as("one answer per account").isEqualTo(409);

		assertThat(api().get("/public/surveys/" + id + "/results", null, this.siteA.ref()).status())
			.as("results after the close")
			.isEqualTo(409);
		JsonNode staffResults = api().get("/surveys/" + id + "/results", this.editorA, this.siteA.ref()).json();
		assertThat(staffResults.get("responses").asInt()).isEqualTo(2);
		assertThat(staffResults.get("questions").get(0).get("options").get("满意").asInt()).isEqualTo(1);
		assertThat(staffResults.get("questions").get(0).get("options").get("一般").asInt()).isEqualTo(1);
		JsonNode ways = staffResults.get("questions").get(1);
		assertThat(ways.get("answered").asInt()).isEqualTo(2);
		assertThat(ways.get("options").get("公交").asInt()).isEqualTo(1);
		assertThat(ways.get("options").get("地铁").asInt()).isEqualTo(1);
		assertThat(ways.get("options").get("自行车").asInt()).isEqualTo(1);
		assertThat(staffResults.get("questions").get(2).get("texts").get(0).asString()).isEqualTo("建议增加夜间班次");

		assertThat(
				api().post("/surveys/" + id + "/feedback", this.reviewerA, this.siteA.ref(), Map.of("feedback", "采纳意见"))
					.status())
			.as("feedback follows the close")
			.isEqualTo(409);
		close(id, Instant.now().minus(Duration.ofHours(1)));
		assertThat(
				respond(this.siteA, id, null, "203.0.113.8", List.of(choice(single, 0), choice(multiple, 0))).status())
			.isEqualTo(409);
		JsonNode publicResults = api().get("/public/surveys/" + id + "/results", null, this.siteA.ref()).json();
		assertThat(publicResults.get("responses").asInt()).isEqualTo(2);
		assertThat(publicResults.get("questions").get(2).get("answered").asInt()).isEqualTo(1);
		assertThat(publicResults.get("questions").get(2).get("texts").isNull()).as("opinions stay with staff").isTrue();

		JsonNode due = api().get("/surveys/feedback-due", this.editorA, this.siteA.ref()).json();
		JsonNode owed = due.valueStream().filter(s -> s.get("id").asLong() == id).findFirst().orElseThrow();
		assertThat(owed.get("feedbackDueOn").asString())
			.isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(1).toString());
		assertThat(owed.get("feedbackOverdue").asBoolean()).isFalse();

		assertThat(api().post("/surveys/" + id + "/feedback", this.reviewerA, this.siteA.ref(), Map.of("feedback", " "))
			.errorFields()).containsExactly("feedback");
		Response feedback = api().post("/surveys/" + id + "/feedback", this.reviewerA, this.siteA.ref(),
				Map.of("feedback", "共收到意见2条，采纳1条：增加夜间班次。"));
		assertThat(feedback.status()).isEqualTo(200);
		assertThat(feedback.json().get("phase").asString()).isEqualTo("FEEDBACK_PUBLISHED");
		assertThat(api().get("/public/surveys/" + id, null, this.siteA.ref()).json().get("feedback").asString())
			.startsWith("共收到意见2条");
		assertThat(api().get("/surveys/feedback-due", this.editorA, this.siteA.ref())
			.json()
			.valueStream()
			.map(s -> s.get("id").asLong())).doesNotContain(id);
	}

	@Test
	void feedbackWarningsGoOutOnceBeforeAndAfterTheDueDay() {
		long soon = published(this.siteA, this.editorA, this.reviewerA);
		long late = published(this.siteA, this.editorA, this.reviewerA);
		long open = published(this.siteA, this.editorA, this.reviewerA);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		close(soon, Instant.now().minus(Duration.ofDays(27)));
		this.jdbc.update("UPDATE survey SET feedback_due_on = ? WHERE id = ?", Date.valueOf(today.plusDays(3)), soon);
		close(late, Instant.now().minus(Duration.ofDays(40)));
		this.jdbc.update("UPDATE survey SET feedback_due_on = ? WHERE id = ?", Date.valueOf(today.minusDays(9)), late);

		this.warnings.run();
		this.warnings.run();
		assertThat(events("SurveyFeedbackDueSoon", soon)).isEqualTo(1);
		assertThat(events("SurveyFeedbackOverdue", late)).isEqualTo(1);
		assertThat(events("SurveyFeedbackDueSoon", open)).isZero();
		assertThat(events("SurveyFeedbackOverdue", soon)).isZero();
		JsonNode lateView = api().get("/surveys/" + late, this.editorA, this.siteA.ref()).json();
		assertThat(lateView.get("feedbackOverdue").asBoolean()).isTrue();
		assertThat(lateView.get("feedbackDaysLeft").asInt()).isEqualTo(-9);
	}

	@Test
	void signInRequiredSurveysRefuseAnonymousAnswers() {
		long id = draft(this.editorA, this.siteA, "SURVEY", false);
		api().post("/surveys/" + id + "/publish", this.reviewerA, this.siteA.ref(), "");
		long single = api().get("/public/surveys/" + id, null, this.siteA.ref())
			.json()
			.get("questions")
			.get(0)
			.get("id")
			.asLong();
		long multiple = api().get("/public/surveys/" + id, null, this.siteA.ref())
			.json()
			.get("questions")
			.get(1)
			.get("id")
			.asLong();
		Response anonymous = respond(this.siteA, id, null, "203.0.113.20",
				List.of(choice(single, 0), choice(multiple, 1)));
		assertThat(anonymous.status()).isEqualTo(403);
		assertThat(respond(this.siteA, id, citizen(), "203.0.113.20", List.of(choice(single, 0), choice(multiple, 1)))
			.status()).isEqualTo(201);
	}

	@Test
	void badSurveysAndBadAnswersAreRefused() {
		Map<String, Object> noQuestions = Map.of("kind", "SURVEY", "title", "调查", "opensAt", Instant.now().toString(),
				"closesAt", Instant.now().plusSeconds(3600).toString(), "questions", List.of());
		assertThat(api().post("/surveys", this.editorA, this.siteA.ref(), noQuestions).errorFields())
			.containsExactly("questions");
		Map<String, Object> backwards = Map.of("kind", "SURVEY", "title", "调查", "opensAt",
				Instant.now().plusSeconds(3600).toString(), "closesAt", Instant.now().toString(), "questions",
				List.of(Map.of("kind", "TEXT", "text", "意见")));
		assertThat(api().post("/surveys", this.editorA, this.siteA.ref(), backwards).errorFields())
			.containsExactly("closesAt");
		Map<String, Object> oneOption = Map.of("kind", "SURVEY", "title", "调查", "opensAt", Instant.now().toString(),
				"closesAt", Instant.now().plusSeconds(3600).toString(), "questions",
				List.of(Map.of("kind", "SINGLE", "text", "选择", "options", List.of("唯一"))));
		assertThat(api().post("/surveys", this.editorA, this.siteA.ref(), oneOption).errorFields())
			.containsExactly("questions[0].options");
		assertThat(
				api().post("/surveys", this.editorA, this.siteA.ref(), Map.of("kind", "POLL", "title", "x")).status())
			.isEqualTo(400);

		long id = published(this.siteA, this.editorA, this.reviewerA);
		JsonNode questions = api().get("/public/surveys/" + id, null, this.siteA.ref()).json().get("questions");
		long single = questions.get(0).get("id").asLong();
		long multiple = questions.get(1).get("id").asLong();
		assertThat(respond(this.siteA, id, null, "203.0.113.30", List.of(choice(single, 0, 1), choice(multiple, 0)))
			.errorFields()).containsExactly("answers[0].options");
		assertThat(respond(this.siteA, id, null, "203.0.113.30", List.of(choice(single, 7), choice(multiple, 0)))
			.errorFields()).containsExactly("answers[0].options");
		assertThat(respond(this.siteA, id, null, "203.0.113.30", List.of(choice(single, 0))).errorFields())
			.containsExactly("answers");
		assertThat(respond(this.siteA, id, null, "203.0.113.30", List.of(choice(999_999, 0))).errorFields())
			.containsExactly("answers[0].questionId");
		Integer stored = this.jdbc.queryForObject("SELECT COUNT(*) FROM survey_response WHERE survey_id = ?",
				Integer.class, id);
		assertThat(stored).isZero();
	}

	@Test
	void siteBCannotSeeOrTouchSiteAsSurveys() {
		long id = published(this.siteA, this.editorA, this.reviewerA);
		// With A's headers, B's reviewer holds no role.
		assertThat(api().get("/surveys", this.reviewerB, this.siteA.ref()).status()).isEqualTo(403);
		assertThat(api().get("/surveys/" + id, this.reviewerB, this.siteA.ref()).status()).isEqualTo(403);
		assertThat(api().get("/surveys/" + id + "/results", this.reviewerB, this.siteA.ref()).status()).isEqualTo(403);
		assertThat(api().post("/surveys/" + id + "/feedback", this.reviewerB, this.siteA.ref(), Map.of("feedback", "x"))
			.status()).isEqualTo(403);
		assertThat(api().post("/surveys", this.reviewerB, this.siteA.ref(), definition("SURVEY", true)).status())
			.isEqualTo(403);
		// With B's headers, A's survey does not exist, neither for staff nor for the
		// public.
		assertThat(api().get("/surveys/" + id, this.reviewerB, this.siteB.ref()).status()).isEqualTo(404);
		assertThat(api().post("/surveys/" + id + "/publish", this.reviewerB, this.siteB.ref(), "").status())
			.isEqualTo(404);
		assertThat(api().get("/surveys/" + id + "/results", this.reviewerB, this.siteB.ref()).status()).isEqualTo(404);
		assertThat(api().get("/public/surveys/" + id, null, this.siteB.ref()).status()).isEqualTo(404);
		assertThat(respond(this.siteB, id, null, "203.0.113.40", List.of(choice(1, 0))).status()).isEqualTo(404);
		assertThat(api().get("/public/surveys", null, this.siteB.ref())
			.json()
			.valueStream()
			.map(s -> s.get("id").asLong())).doesNotContain(id);
	}

	private long published(TestSite site, String editor, String reviewer) {
		long id = draft(editor, site, "SURVEY", true);
		assertThat(api().post("/surveys/" + id + "/publish", reviewer, site.ref(), "").status()).isEqualTo(200);
		return id;
	}

	private long draft(String token, TestSite site, String kind, boolean anonymous) {
		Response created = api().post("/surveys", token, site.ref(), definition(kind, anonymous));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("phase").asString()).isEqualTo("DRAFT");
		return created.json().get("id").asLong();
	}

	private static Map<String, Object> definition(String kind, boolean anonymous) {
		return Map.of("kind", kind, "title", "公交线网优化意见征集", "description", "征集市民对公交线网的意见。", "opensAt",
				Instant.now().minus(Duration.ofHours(1)).toString(), "closesAt",
				Instant.now().plus(Duration.ofDays(10)).toString(), "anonymousAllowed", anonymous, "questions",
				List.of(Map.of("kind", "SINGLE", "text", "您对现有线网是否满意？", "options", List.of("满意", "一般", "不满意")),
						Map.of("kind", "MULTIPLE", "text", "您常用的出行方式", "options", List.of("公交", "地铁", "自行车")),
						Map.of("kind", "TEXT", "text", "其他意见", "required", false)));
	}

	private Response respond(TestSite site, long id, String token, String ip, List<Map<String, Object>> answers) {
		ServiceClient client = api().withHeader("X-Govsite-Client-Address", ip);
		return client.post("/public/surveys/" + id + "/responses", token, site.ref(), Map.of("answers", answers));
	}

	private static Map<String, Object> choice(long questionId, Integer... options) {
		return Map.of("questionId", questionId, "options", List.of(options));
	}

	private void close(long id, Instant at) {
		// As if it had been published with this period: the due day follows the close.
		this.jdbc.update("UPDATE survey SET opens_at = ?, closes_at = ?, feedback_due_on = ? WHERE id = ?",
				Timestamp.from(at.minus(Duration.ofDays(10))), Timestamp.from(at),
				Date.valueOf(SurveyRules.feedbackDueOn(at, ZoneId.of("Asia/Shanghai"))), id);
	}

	private int events(String type, long surveyId) {
		Integer rows = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM outbox_event WHERE event_type = ? AND JSON_VALUE(envelope, '$.payload.surveyId') = ?",
				Integer.class, type, surveyId);
		return (rows != null) ? rows : 0;
	}

	private static String citizen() {
		String username = "u" + randomHex(6) + "-citizen";
		Keycloak.createUser(username, List.of(), List.of("citizen"));
		return Keycloak.token(username, Keycloak.DEMO_PASSWORD);
	}

}
