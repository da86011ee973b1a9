package cn.govsite.content.item;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The site's published leader profiles feed the leader-name check. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeaderCheckApiTests extends ContentIntegrationTest {

	private TestSite siteA;

	private TestSite siteB;

	private String editorA;

	private String editorB;

	private long leadersA;

	private long newsA;

	private long newsB;

	@BeforeAll
	void sites() {
		this.siteA = siteFromEvent("荷塘区人民政府办公室");
		this.siteB = siteFromEvent("芦淞区人民政府办公室");
		this.editorA = userWith(this.siteA, "editor");
		this.editorB = userWith(this.siteB, "editor");
		this.leadersA = directColumn(this.siteA, "领导信息");
		this.newsA = column(this.editorA, this.siteA, "政务要闻");
		this.newsB = column(this.editorB, this.siteB, "政务要闻");
		long profile = profile("张三", "区委副书记、区长");
		assertThat(api().post("/articles/" + profile + "/publish", this.editorA, this.siteA.ref(), "").status())
			.isEqualTo(200);
	}

	@Test
	void aWrongTitleForTheSitesLeaderBlocksSubmission() {
		long id = draft(this.editorA, this.siteA, this.newsA, "区政府召开常务会议", "2026年11月20日，副区长张三主持召开会议。");
		assertThat(api().get("/articles/" + id, this.editorA, this.siteA.ref()).json().get("checkBlocking").asInt())
			.isEqualTo(1);
		Response refused = api().post("/articles/" + id + "/submit", this.editorA, this.siteA.ref(), Map.of());
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).toString()).contains("leader.title", "副区长张三");

		long right = draft(this.editorA, this.siteA, this.newsA, "区政府召开常务会议", "2026年11月20日，区长张三主持召开会议。");
		assertThat(api().post("/articles/" + right + "/submit", this.editorA, this.siteA.ref(), Map.of()).status())
			.isEqualTo(200);
	}

	@Test
	void aProfileIsNotCheckedAgainstItsOwnOldTitleAndOtherSitesAreUnaffected() {
		// A promotion: the new profile's text names the new title.
		long promoted = profile("李四", "副区长");
		assertThat(
				api().get("/articles/" + promoted, this.editorA, this.siteA.ref()).json().get("checkBlocking").asInt())
			.isZero();
		long ofB = draft(this.editorB, this.siteB, this.newsB, "芦淞区会议", "2026年11月20日，副区长张三出席。");
		assertThat(api().get("/articles/" + ofB, this.editorB, this.siteB.ref()).json().get("checkBlocking").asInt())
			.isZero();
	}

	private long profile(String name, String title) {
		Map<String, Object> body = new HashMap<>();
		body.put("columnId", this.leadersA);
		body.put("title", name);
		body.put("body", name + "，现任" + title + "。副区长" + name + "曾分管教育工作。");
		body.put("type", "LEADER_PROFILE");
		body.put("fields", Map.of("name", name, "title", title));
		Response response = api().post("/articles", this.editorA, this.siteA.ref(), body);
		assertThat(response.status()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

}
