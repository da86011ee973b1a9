package cn.govsite.content.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** 超期未发布: the late-items list of a site. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LateItemsApiTests extends ContentIntegrationTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	private TestSite siteA;

	private TestSite siteB;

	private String editorA;

	private String editorB;

	private long columnA;

	private long columnB;

	@BeforeAll
	void sites() {
		this.siteA = siteFromEvent("荷塘区住建局");
		this.siteB = siteFromEvent("石峰区住建局");
		this.editorA = userWith(this.siteA, "editor");
		this.editorB = userWith(this.siteB, "editor");
		this.columnA = directColumn(this.siteA, "工作动态");
		this.columnB = directColumn(this.siteB, "工作动态");
	}

	@Test
	void itemsPastTheirDeadlineAreListedWithTheirRule() {
		long oldNews = item(this.editorA, this.siteA, this.columnA, "一个月前的新闻", "ARTICLE", null, TODAY.minusDays(30));
		long urgent = item(this.editorA, this.siteA, this.columnA, "前天的突发事件", "ARTICLE",
				Map.of("eventKind", "EMERGENCY"), TODAY.minusDays(2));
		long recentNews = item(this.editorA, this.siteA, this.columnA, "前天的日常新闻", "ARTICLE", null, TODAY.minusDays(2));
		long freshNotice = item(this.editorA, this.siteA, this.columnA, "今天的通知", "NOTICE", Map.of("issuer", "区住建局"),
				TODAY);
		long oldDocument = item(this.editorA, this.siteA, this.columnA, "两周前的文件", "POLICY_DOCUMENT",
				Map.of("documentNumber", "荷建发〔2026〕3号", "issuingAuthority", "荷塘区住建局", "writtenOn",
						TODAY.minusDays(20).toString(), "validity", "VALID", "topic", "城乡建设"),
				TODAY.minusDays(14));
		long publishedLate = item(this.editorA, this.siteA, this.columnA, "已发布的旧闻", "ARTICLE", null,
				TODAY.minusDays(30));
		assertThat(api().post("/articles/" + publishedLate + "/publish", this.editorA, this.siteA.ref(), "").status())
			.isEqualTo(200);

		Response response = api().get("/late-items", this.editorA, this.siteA.ref());
		assertThat(response.status()).isEqualTo(200);
		List<Long> late = ids(response.json());
		assertThat(late).contains(oldNews, urgent, oldDocument).doesNotContain(recentNews, freshNotice, publishedLate);
		assertThat(late.indexOf(oldNews)).isLessThan(late.indexOf(urgent));

		JsonNode urgentItem = find(response.json(), urgent);
		assertThat(urgentItem.get("rule").asString()).isEqualTo("SAME_DAY");
		assertThat(urgentItem.get("due").asString()).isEqualTo(TODAY.minusDays(1).toString());
		assertThat(urgentItem.get("daysLate").asLong()).isEqualTo(1);
		JsonNode document = find(response.json(), oldDocument);
		assertThat(document.get("rule").asString()).isEqualTo("DOCUMENT");
		assertThat(document.get("ruleLabel").asString()).contains("5个工作日");
		assertThat(document.get("countsFrom").asString()).isEqualTo(TODAY.minusDays(14).toString());
	}

	@Test
	void eachSiteSeesOnlyItsOwnLateItems() {
		long ofB = item(this.editorB, this.siteB, this.columnB, "乙站旧闻", "ARTICLE", null, TODAY.minusDays(30));
		assertThat(ids(api().get("/late-items", this.editorB, this.siteB.ref()).json())).contains(ofB);
		assertThat(ids(api().get("/late-items", this.editorA, this.siteA.ref()).json())).doesNotContain(ofB);
		assertThat(api().get("/late-items", this.editorA, this.siteB.ref()).status()).isEqualTo(403);
		assertThat(api().get("/late-items", null, this.siteA.ref()).status()).isEqualTo(401);
	}

	private long item(String token, TestSite site, long column, String title, String type, Map<String, Object> fields,
			LocalDate occurredOn) {
		Map<String, Object> body = new HashMap<>();
		body.put("columnId", column);
		body.put("title", title);
		body.put("body", "正文。");
		body.put("type", type);
		body.put("fields", fields);
		body.put("occurredOn", occurredOn.toString());
		Response response = api().post("/articles", token, site.ref(), body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	private static List<Long> ids(JsonNode list) {
		return list.valueStream().map(i -> i.get("id").asLong()).toList();
	}

	private static JsonNode find(JsonNode list, long id) {
		return list.valueStream().filter(i -> i.get("id").asLong() == id).findFirst().orElseThrow();
	}

}
