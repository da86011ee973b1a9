package cn.govsite.e2e;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 附件全文检索 end to end: a Word document registered in the library and attached to an article
 * is read by asset-service (Tika) and indexed with the article, so a search for words
 * that only the attachment holds finds the article, its snippet taken from the attachment
 * and labelled as such.
 */
@ExtendWith(Platform.class)
class AttachmentSearchTest {

	static final String RUN = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 3);

	static final String SITE = "fjjs" + RUN;

	/** A word no body, title or other test has: only the attachment holds it. */
	static final String MARKER = "fjword" + RUN;

	static Demo demo;

	static MediaLibrary library;

	static long column;

	@BeforeAll
	static void site() {
		demo = new Demo(Platform.get());
		library = new MediaLibrary(demo);
		demo.createSite(SITE, "示范市残疾人联合会", "DEPARTMENT", Demo.cityPortal(demo));
		column = demo.createColumn(SITE, "办事指南");
	}

	static String host() {
		return SITE + ".govsite.localhost";
	}

	@Test
	void wordsOnlyInAnAttachedWordDocumentFindTheArticle() {
		long document = library.registeredDocument(host(), "申请材料清单.docx",
				MediaLibrary.docx("残疾人证办理申请材料清单", "一、居民身份证原件及复印件；二、近期二寸免冠照片三张。", "受理编号 " + MARKER));
		GatewayClient.Response created = demo.gateway.postJson(host(), "/api/content/articles", demo.operatorToken,
				Map.of("columnId", column, "title", "残疾人证办理指南", "body", "<p>办理流程见附件。</p>", "attachments",
						List.of(Map.of("assetId", document, "purpose", "ATTACHMENT", "caption", "申请材料清单"))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long article = created.json().get("id").asLong();
		demo.publish(host(), article);

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			JsonNode result = demo.search(MARKER).json();
			assertThat(result.get("total").asLong()).as(result.toString()).isEqualTo(1);
			JsonNode hit = result.get("hits").get(0);
			assertThat(hit.get("url").asString()).endsWith("/articles/" + article + ".html");
			assertThat(hit.get("snippet").asString()).startsWith("附件：").contains("<em>");
		});
		// The attachment's Chinese text is segmented like a body: its words find the
		// article too.
		JsonNode byWords = demo.search("二寸免冠照片 " + MARKER).json();
		assertThat(byWords.get("total").asLong()).as(byWords.toString()).isEqualTo(1);
	}

}
