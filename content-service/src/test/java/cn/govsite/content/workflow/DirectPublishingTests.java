package cn.govsite.content.workflow;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** 直接发布 vs 审核发布: the column's guarantee method decides whether a draft skips review. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectPublishingTests extends ContentIntegrationTest {

	private TestSite site;

	private String editor;

	private long direct;

	private long reviewed;

	@BeforeAll
	void site() {
		this.site = siteFromEvent("荷塘区文旅局");
		this.editor = userWith(this.site, "editor");
		this.direct = directColumn(this.site, "文旅动态");
		this.reviewed = column(this.editor, this.site, "通知公告");
	}

	@Test
	void anEditorPublishesADraftOfADirectColumnButNotOfAReviewedOne() {
		long inDirect = draft(this.editor, this.site, this.direct, "荷塘区举办非遗展演活动", "2026年11月20日，活动在文化馆举行。");
		assertThat(publish(inDirect, this.editor).status()).isEqualTo(200);
		assertThat(state(inDirect)).isEqualTo("PUBLISHED");

		long inReviewed = draft(this.editor, this.site, this.reviewed, "荷塘区图书馆闭馆通知", "2026年11月20日起闭馆。");
		Response refused = publish(inReviewed, userWith(this.site, "site-admin"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("detail").asString()).contains("审核发布");
		assertThat(state(inReviewed)).isEqualTo("DRAFT");
	}

	@Test
	void aMajorItemIsReviewedEvenInADirectColumn() {
		Response created = api().post("/articles", this.editor, this.site.ref(),
				Map.of("columnId", this.direct, "title", "重大活动安排", "body", "正文。", "major", true));
		long id = created.json().get("id").asLong();
		Response refused = publish(id, this.editor);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("detailEn").asString()).contains("major");
		assertThat(state(id)).isEqualTo("DRAFT");
	}

	@Test
	void aDirectPublishIsCheckedLikeASubmission() {
		long id = draft(this.editor, this.site, this.direct, "联系方式", "联系人电话13812345678。");
		Response refused = publish(id, this.editor);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("type").asString()).endsWith("/check-failed");
		assertThat(state(id)).isEqualTo("DRAFT");
	}

	@Test
	void anotherSitesEditorCannotPublishDirectly() {
		long id = draft(this.editor, this.site, this.direct, "本站稿件", "正文。");
		TestSite other = siteFromEvent("石峰区文旅局");
		String otherEditor = userWith(other, "editor");
		assertThat(api().post("/articles/" + id + "/publish", otherEditor, this.site.ref(), "").status())
			.isEqualTo(403);
		assertThat(api().post("/articles/" + id + "/publish", otherEditor, other.ref(), "").status()).isEqualTo(404);
		assertThat(state(id)).isEqualTo("DRAFT");
	}

	private Response publish(long id, String token) {
		return api().post("/articles/" + id + "/publish", token, this.site.ref(), "");
	}

	private String state(long id) {
		return api().get("/articles/" + id, this.editor, this.site.ref()).json().get("state").asString();
	}

}
