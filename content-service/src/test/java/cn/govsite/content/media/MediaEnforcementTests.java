package cn.govsite.content.media;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import cn.govsite.common.tenant.SiteHeaderSigner;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.FakeAssetService.Asked;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 先入库、后使用 at the edge: saving and publishing ask asset-service (played by
 * {@code FakeAssetService}; the real one is asked in e2e
 * {@code cn.govsite.e2e.MediaLibraryTest}).
 */
class MediaEnforcementTests extends ContentIntegrationTest {

	@Autowired
	private SiteHeaderSigner signer;

	@Test
	void aDraftWithMediaFromOutsideTheLibraryIsRefusedElementByElementAndNotSaved() {
		TestSite site = siteFromTenantService("先入库甲");
		String editor = userWith(site, "editor");
		long column = column(editor, site, "图片新闻");
		long usable = assetId();
		long foreign = assetId();
		ASSET_SERVICE.usable(site.ref().id(), usable);
		String body = "<p>会场</p><img src=\"https://img.example.com/a.jpg\"><img src=\"data:image/png;base64,AAAA\">"
				+ "<img src=\"/assets/" + usable + "/content\"><img src=\"/assets/" + foreign + "/content\">";

		Response refused = api().post("/articles", editor, site.ref(), Map.of("columnId", column, "title", "会议召开",
				"body", body, "attachments", List.of(Map.of("assetId", foreign, "purpose", "ATTACHMENT"))));

		assertThat(refused.status()).isEqualTo(422);
		JsonNode problem = refused.json();
		assertThat(problem.get("type").asString()).endsWith("/media-not-in-library");
		assertThat(problem.get("errors")).hasSize(4);
		assertThat(problem.get("errors").get(0).get("messageEn").asString())
			.contains("<img src=\"https://img.example.com/a.jpg\">");
		assertThat(problem.get("errors").get(1).get("message").asString()).contains("data:");
		assertThat(problem.get("errors").get(2).get("messageEn").asString()).contains("/assets/" + foreign + "/content")
			.contains("not shared");
		assertThat(problem.get("errors").get(3).get("field").asString()).isEqualTo("attachments[0].assetId");
		assertThat(articlesOf(site)).isZero();
	}

	@Test
	void aDraftWithUsableMediaIsSavedAndItsUsagesRecordedAskingAsTheEditorForTheSite() {
		TestSite site = siteFromTenantService("先入库乙");
		String editor = userWith(site, "editor");
		long column = column(editor, site, "图片新闻");
		long image = assetId();
		long attachment = assetId();
		ASSET_SERVICE.usable(site.ref().id(), image);
		ASSET_SERVICE.usable(site.ref().id(), attachment);

		Response created = api().post("/articles", editor, site.ref(),
				Map.of("columnId", column, "title", "会议召开", "body",
						"<p>会场</p><img src=\"/assets/" + image + "/content\" alt=\"会场\">", "attachments",
						List.of(Map.of("assetId", attachment, "purpose", "ATTACHMENT"))));

		assertThat(created.status()).isEqualTo(201);
		Asked asked = ASSET_SERVICE.askedFor(site.ref().id()).getLast();
		assertThat(asked.ids()).containsExactlyInAnyOrder(image, attachment);
		assertThat(asked.authorization()).isEqualTo("Bearer " + editor);
		assertThat(this.signer.verify(site.ref().id(), site.code(), asked.signature())).isTrue();
		Response usages = api().get("/media/usages?assetId=" + attachment, editor, site.ref());
		assertThat(usages.json().get(0).get("articleId").asLong()).isEqualTo(created.json().get("id").asLong());
	}

	@Test
	void anotherSitesResourceIsNotFoundForThisSite() {
		TestSite owner = siteFromTenantService("资源所有站");
		TestSite other = siteFromTenantService("他站");
		long asset = assetId();
		ASSET_SERVICE.usable(owner.ref().id(), asset);
		String editor = userWith(other, "editor");
		long column = column(editor, other, "图片新闻");

		Response refused = api().post("/articles", editor, other.ref(),
				Map.of("columnId", column, "title", "会议召开", "body", "<img src=\"/assets/" + asset + "/content\">"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(ASSET_SERVICE.askedFor(other.ref().id()).getLast().ids()).containsExactly(asset);
		assertThat(articlesOf(other)).isZero();
	}

	@Test
	void anEditThatBringsInAnUnregisteredResourceIsRefusedAndTheStoredVersionStays() {
		TestSite site = siteFromTenantService("先入库丙");
		String editor = userWith(site, "editor");
		long column = column(editor, site, "图片新闻");
		long pending = assetId();
		ASSET_SERVICE.refused(site.ref().id(), pending, "NOT_REGISTERED");
		long id = draft(editor, site, column, "会议召开", "正文。");

		Response refused = api().put("/articles/" + id, editor, site.ref(),
				Map.of("title", "会议召开", "body", "<img src=\"/assets/" + pending + "/variants/320\">"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("尚未登记");
		JsonNode stored = api().get("/articles/" + id, editor, site.ref()).json();
		assertThat(stored.get("version").asInt()).isEqualTo(1);
		assertThat(stored.get("body").asString()).isEqualTo("正文。");
	}

	@Test
	void publishingAsksAgainAndRefusesAResourceWhoseLicenceExpiredSinceTheSave() {
		TestSite site = siteFromTenantService("先入库丁");
		String editor = userWith(site, "editor");
		long column = directColumn(site, "工作动态");
		long image = assetId();
		ASSET_SERVICE.usable(site.ref().id(), image);
		long id = draft(editor, site, column, "会议召开", "<p>会场</p><img src=\"/assets/" + image + "/content\">");
		ASSET_SERVICE.refused(site.ref().id(), image, "RIGHTS_EXPIRED");

		Response refused = api().post("/articles/" + id + "/publish", editor, site.ref(), "");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("messageEn").asString()).contains("licence has expired");
		assertThat(api().get("/articles/" + id, editor, site.ref()).json().get("state").asString()).isEqualTo("DRAFT");

		ASSET_SERVICE.usable(site.ref().id(), image);
		assertThat(api().post("/articles/" + id + "/publish", editor, site.ref(), "").status()).isEqualTo(200);
	}

	@Test
	void whenAssetServiceFailsNothingIsSavedUnchecked() {
		TestSite site = siteFromTenantService("先入库戊");
		String editor = userWith(site, "editor");
		long column = column(editor, site, "图片新闻");
		ASSET_SERVICE.failing(true);
		try {
			Response response = api().post("/articles", editor, site.ref(), Map.of("columnId", column, "title", "会议召开",
					"body", "<img src=\"/assets/" + assetId() + "/content\">"));
			assertThat(response.status()).isEqualTo(503);
			assertThat(response.json().get("type").asString()).endsWith("/service-unavailable");
			assertThat(response.json().get("detailEn").asString()).contains("resource library");
		}
		finally {
			ASSET_SERVICE.failing(false);
		}
		assertThat(articlesOf(site)).isZero();
	}

	@Test
	void theSchedulerAsksWithTheJobsClientsToken() {
		// From the event: the scheduler finds due articles through the site's replica
		// row.
		TestSite site = siteFromEvent("先入库己");
		String editor = userWith(site, "editor");
		long column = column(editor, site, "图片新闻");
		long image = assetId();
		ASSET_SERVICE.usable(site.ref().id(), image);
		long id = draft(editor, site, column, "会议召开", "<img src=\"/assets/" + image + "/content\">");
		// Approved behind the workflow's back: this test is about who asks, not review.
		this.jdbc.update("UPDATE article SET state = 'APPROVED', approvals = 1, "
				+ "publish_at = UTC_TIMESTAMP() - INTERVAL 1 MINUTE WHERE id = ?", id);

		await().atMost(java.time.Duration.ofSeconds(90))
			.until(() -> "PUBLISHED"
				.equals(api().get("/articles/" + id, editor, site.ref()).json().get("state").asString()));

		Asked asked = ASSET_SERVICE.askedFor(site.ref().id()).getLast();
		assertThat(asked.ids()).containsExactly(image);
		assertThat(claims(asked.authorization()).get("azp").asString()).isEqualTo("govsite-jobs");
	}

	private JsonNode claims(String authorization) {
		String token = authorization.substring("Bearer ".length());
		return this.json
			.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
	}

	private int articlesOf(TestSite site) {
		Integer rows = this.jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE site_id = ?", Integer.class,
				site.ref().id());
		return (rows != null) ? rows : 0;
	}

	private static long assetId() {
		return ThreadLocalRandom.current().nextLong(1, 1_000_000_000_000L);
	}

}
