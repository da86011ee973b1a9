package cn.govsite.content.interaction.knowledge;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The knowledge base over HTTP against the real servers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeApiTests extends ContentIntegrationTest {

	private TestSite siteA;

	private TestSite siteB;

	private String editorA;

	private String editorB;

	@BeforeAll
	void sites() {
		this.siteA = siteFromEvent("市人力社保局");
		this.siteB = siteFromEvent("市医保局");
		this.editorA = userWith(this.siteA, "editor");
		this.editorB = userWith(this.siteB, "editor");
	}

	@Test
	void anAnsweredMessageBecomesAMaskedEntryAndCitizensFindIt() {
		long message = answeredMessage(this.siteA, this.editorA, "社保卡丢了如何补办", "我的社保卡丢了，电话13812345678，怎么补办？",
				"可到任一合作银行网点补办社保卡，当场领取。");
		Response unanswered = api().post("/knowledge/from-message/" + unansweredMessage(this.siteA), this.editorA,
				this.siteA.ref(), Map.of("topic", "社会保障"));
		assertThat(unanswered.status()).isEqualTo(409);

		Response created = api().post("/knowledge/from-message/" + message, this.editorA, this.siteA.ref(),
				Map.of("topic", "社会保障"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("question").asString()).isEqualTo("社保卡丢了如何补办");
		assertThat(created.json().get("sourceMessageId").asLong()).isEqualTo(message);
		assertThat(api()
			.post("/knowledge/from-message/" + message, this.editorA, this.siteA.ref(), Map.of("topic", "社会保障"))
			.status()).isEqualTo(409);
		long cardEntry = created.json().get("id").asLong();

		long pension = entry(this.siteA, this.editorA, "社会保障", "养老金如何查询？", "登录人社网上办事大厅查询养老金发放记录。");
		entry(this.siteA, this.editorA, "就业创业", "失业登记去哪里办？", "到户籍所在地街道就业服务窗口办理失业登记。");

		JsonNode likely = api().get("/public/knowledge/suggest?q=" + encode("社保卡掉了怎么补办"), null, this.siteA.ref())
			.json();
		assertThat(likely.get(0).get("id").asLong()).isEqualTo(cardEntry);
		assertThat(likely.valueStream().map(e -> e.get("id").asLong())).doesNotContain(pension);

		JsonNode topics = api().get("/public/knowledge/topics", null, this.siteA.ref()).json();
		assertThat(topics.get("社会保障").asInt()).isEqualTo(2);
		assertThat(topics.get("就业创业").asInt()).isEqualTo(1);

		// Popular entries rise: votes and views move the pension entry to the top of its
		// topic.
		for (int i = 0; i < 2; i++) {
			assertThat(api().withHeader("X-Govsite-Client-Address", "198.51.100.7" + i)
				.post("/public/knowledge/" + pension + "/helpful", null, this.siteA.ref(), "")
				.status()).isEqualTo(200);
		}
		JsonNode read = api().get("/public/knowledge/" + pension, null, this.siteA.ref()).json();
		assertThat(read.get("views").asInt()).isEqualTo(1);
		assertThat(read.get("helpful").asInt()).isEqualTo(2);
		JsonNode social = api().get("/public/knowledge?topic=" + encode("社会保障"), null, this.siteA.ref()).json();
		assertThat(social.valueStream().map(e -> e.get("id").asLong())).containsExactly(pension, cardEntry);

		// An archived entry leaves the public side.
		assertThat(
				api().put("/knowledge/" + pension, this.editorA, this.siteA.ref(), Map.of("archived", true)).status())
			.isEqualTo(200);
		assertThat(api().get("/public/knowledge/" + pension, null, this.siteA.ref()).status()).isEqualTo(404);
		assertThat(api().get("/public/knowledge/topics", null, this.siteA.ref()).json().get("社会保障").asInt())
			.isEqualTo(1);
	}

	@Test
	void aSuppliedAnswerIsMaskedToo() {
		long message = answeredMessage(this.siteA, this.editorA, "补贴申领", "补贴怎么申领", "请到窗口申领。");
		Response created = api().post("/knowledge/from-message/" + message, this.editorA, this.siteA.ref(),
				Map.of("topic", "补贴", "answer", "请致电经办人13900001111申领。"));
		assertThat(created.json().get("answer").asString()).isEqualTo("请致电经办人139******11申领。");
	}

	@Test
	void siteBSeesNoneOfSiteAsKnowledge() {
		long entry = entry(this.siteA, this.editorA, "户籍", "新生儿如何落户？", "持出生医学证明到派出所办理。");
		long message = answeredMessage(this.siteA, this.editorA, "户籍咨询", "户口迁移怎么办理", "到派出所办理。");
		// With A's headers, B's editor holds no role.
		assertThat(api().get("/knowledge", this.editorB, this.siteA.ref()).status()).isEqualTo(403);
		assertThat(api().put("/knowledge/" + entry, this.editorB, this.siteA.ref(), Map.of("archived", true)).status())
			.isEqualTo(403);
		assertThat(api()
			.post("/knowledge", this.editorB, this.siteA.ref(), Map.of("topic", "x", "question", "x", "answer", "x"))
			.status()).isEqualTo(403);
		// With B's headers, A's entry and message do not exist.
		assertThat(api().put("/knowledge/" + entry, this.editorB, this.siteB.ref(), Map.of("archived", true)).status())
			.isEqualTo(404);
		assertThat(
				api().post("/knowledge/from-message/" + message, this.editorB, this.siteB.ref(), Map.of("topic", "户籍"))
					.status())
			.isEqualTo(404);
		assertThat(api().get("/public/knowledge/" + entry, null, this.siteB.ref()).status()).isEqualTo(404);
		assertThat(api().post("/public/knowledge/" + entry + "/helpful", null, this.siteB.ref(), "").status())
			.isEqualTo(404);
		assertThat(api().get("/public/knowledge/suggest?q=" + encode("新生儿落户"), null, this.siteB.ref()).json().size())
			.isZero();
		assertThat(api().get("/knowledge", this.editorB, this.siteB.ref())
			.json()
			.valueStream()
			.map(e -> e.get("id").asLong())).doesNotContain(entry);
		assertThat(api().get("/public/knowledge/" + entry, null, this.siteA.ref()).status()).isEqualTo(200);
	}

	@Test
	void badInputIsRefused() {
		assertThat(api().post("/knowledge", this.editorA, this.siteA.ref(), Map.of("topic", "户籍", "answer", "答"))
			.errorFields()).containsExactly("question");
		assertThat(api()
			.post("/knowledge", this.editorA, this.siteA.ref(),
					Map.of("topic", "户籍", "question", "<p></p>", "answer", "答"))
			.errorFields()).containsExactly("question");
		assertThat(api()
			.post("/knowledge", this.editorA, this.siteA.ref(),
					Map.of("topic", "长".repeat(51), "question", "问", "answer", "答"))
			.errorFields()).containsExactly("topic");
		assertThat(api().get("/public/knowledge/suggest?q=", null, this.siteA.ref()).errorFields())
			.containsExactly("q");
		assertThat(api().get("/public/knowledge/suggest", null, this.siteA.ref()).status()).isEqualTo(400);
		assertThat(api().get("/public/knowledge?size=0", null, this.siteA.ref()).status()).isEqualTo(400);
		assertThat(api().get("/public/knowledge/999999999", null, this.siteA.ref()).status()).isEqualTo(404);
	}

	private long entry(TestSite site, String token, String topic, String question, String answer) {
		Response created = api().post("/knowledge", token, site.ref(),
				Map.of("topic", topic, "question", question, "answer", answer));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	/** A message written by a citizen and answered (not published) by the editor. */
	private long answeredMessage(TestSite site, String editor, String title, String body, String reply) {
		Response written = api().withHeader("X-Govsite-Client-Address", "198.51.100." + (int) (Math.random() * 250))
			.post("/public/mailboxes/consult/messages", null, site.ref(), Map.of("title", title, "body", body));
		assertThat(written.status()).as(written.body()).isEqualTo(201);
		String code = written.json().get("trackingCode").asString();
		long id = api().get("/mailbox-messages", editor, site.ref())
			.json()
			.valueStream()
			.filter(m -> m.get("trackingCode").asString().equals(code))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asLong();
		assertThat(api().post("/mailbox-messages/" + id + "/accept", editor, site.ref(), Map.of()).status())
			.isEqualTo(200);
		assertThat(
				api().post("/mailbox-messages/" + id + "/reply", editor, site.ref(), Map.of("reply", reply)).status())
			.isEqualTo(200);
		return id;
	}

	private long unansweredMessage(TestSite site) {
		Response written = api().withHeader("X-Govsite-Client-Address", "198.51.100." + (int) (Math.random() * 250))
			.post("/public/mailboxes/consult/messages", null, site.ref(), Map.of("title", "未答复", "body", "尚未答复的来信"));
		String code = written.json().get("trackingCode").asString();
		return api().get("/mailbox-messages", this.editorA, site.ref())
			.json()
			.valueStream()
			.filter(m -> m.get("trackingCode").asString().equals(code))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asLong();
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

}
