package cn.govsite.e2e;

import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 先入库、后使用 end to end, through the gateway with the real asset-service: an image
 * registered in the library goes into an article, is published and is served on the
 * site's host with its ETag; an external image, another site's private resource and an
 * unregistered upload are refused (saving) or not found (serving) until a grant.
 */
@ExtendWith(Platform.class)
class MediaLibraryTest {

	static final String RUN = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 3);

	static final String EDUCATION = "jyjm" + RUN;

	static final String HEALTH = "wsjm" + RUN;

	static Demo demo;

	static MediaLibrary library;

	static long educationColumn;

	static long healthSiteId;

	static long educationSiteId;

	@BeforeAll
	static void sites() {
		demo = new Demo(Platform.get());
		library = new MediaLibrary(demo);
		String portal = Demo.cityPortal(demo);
		educationSiteId = demo.createSite(EDUCATION, "示范市教育局", "DEPARTMENT", portal).get("id").asLong();
		healthSiteId = demo.createSite(HEALTH, "示范市卫生健康委员会", "DEPARTMENT", portal).get("id").asLong();
		educationColumn = demo.createColumn(EDUCATION, "图片新闻");
	}

	static String host(String code) {
		return code + ".govsite.localhost";
	}

	@Test
	void aRegisteredImageIsSavedPublishedAndServedOnTheSitesHost() {
		long image = library.registeredImage(host(EDUCATION));
		String body = "<p>全市教育工作会议召开。</p><img src=\"/assets/" + image + "/content\" alt=\"会议现场\">";

		long article = demo.createArticle(host(EDUCATION), educationColumn, "全市教育工作会议召开", body);
		demo.publish(host(EDUCATION), article);

		GatewayClient.Response page = demo.gateway.get(host(EDUCATION), "/articles/" + article + ".html", null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<img src=\"/assets/" + image + "/content\"");
		GatewayClient.Response usages = demo.gateway.get(host(EDUCATION), "/api/content/media/usages?assetId=" + image,
				demo.operatorToken);
		assertThat(usages.json().get(0).get("articleId").asLong()).isEqualTo(article);

		GatewayClient.Response served = demo.gateway.get(host(EDUCATION), "/assets/" + image + "/content", null);
		assertThat(served.status()).as(served.toString()).isEqualTo(200);
		assertThat(served.header("Content-Type")).isEqualTo("image/jpeg");
		assertThat(served.bytes()).startsWith((byte) 0xFF, (byte) 0xD8);
		assertThat(served.header("Cache-Control")).contains("public").contains("max-age=");
		String etag = served.header("ETag");
		assertThat(etag).isNotBlank();
		GatewayClient.Response again = demo.gateway
			.send(demo.gateway.request(host(EDUCATION), "/assets/" + image + "/content", null)
				.header("If-None-Match", etag)
				.GET());
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.bytes()).isEmpty();
	}

	@Test
	void anExternalImageIsRefusedWithTheElementListed() {
		GatewayClient.Response refused = demo.gateway.postJson(host(EDUCATION), "/api/content/articles",
				demo.operatorToken, Map.of("columnId", educationColumn, "title", "外链图片的稿件", "body",
						"<p>正文。</p><img src=\"https://img.example.com/a.jpg\">"));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		JsonNode problem = refused.json();
		assertThat(problem.get("type").asString()).endsWith("/media-not-in-library");
		assertThat(problem.get("errors").get(0).get("messageEn").asString())
			.contains("<img src=\"https://img.example.com/a.jpg\">");
	}

	@Test
	void anotherSitesPrivateResourceIsRefusedAndNotServedUntilGranted() {
		long private_ = library.registeredImage(host(HEALTH));
		Map<String, Object> article = Map.of("columnId", educationColumn, "title", "借用他站图片的稿件", "body",
				"<p>正文。</p><img src=\"/assets/" + private_ + "/content\">");

		GatewayClient.Response refused = demo.gateway.postJson(host(EDUCATION), "/api/content/articles",
				demo.operatorToken, article);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("messageEn").asString()).contains("not shared");
		assertThat(demo.gateway.get(host(EDUCATION), "/assets/" + private_ + "/content", null).status()).isEqualTo(404);
		assertThat(demo.gateway.get(host(HEALTH), "/assets/" + private_ + "/content", null).status()).isEqualTo(200);

		library.grant(host(HEALTH), private_, educationSiteId);

		GatewayClient.Response saved = demo.gateway.postJson(host(EDUCATION), "/api/content/articles",
				demo.operatorToken, article);
		assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
		demo.publish(host(EDUCATION), saved.json().get("id").asLong());
		assertThat(demo.gateway.get(host(EDUCATION), "/assets/" + private_ + "/content", null).status()).isEqualTo(200);
	}

	@Test
	void anUnregisteredUploadIsNeitherUsableNorServed() {
		long pending = library.upload(host(EDUCATION), "待登记.jpg", MediaLibrary.jpeg(80, 60));

		GatewayClient.Response refused = demo.gateway.postJson(host(EDUCATION), "/api/content/articles",
				demo.operatorToken, Map.of("columnId", educationColumn, "title", "未登记图片的稿件", "body",
						"<img src=\"/assets/" + pending + "/content\">"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("messageEn").asString()).contains("not registered");
		assertThat(demo.gateway.get(host(EDUCATION), "/assets/" + pending + "/content", null).status()).isEqualTo(404);
	}

}
