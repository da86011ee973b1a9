package cn.govsite.asset.text;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import cn.govsite.asset.inspection.Fixtures;
import cn.govsite.asset.support.LibraryIntegrationTest;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /internal/assets/texts} against the real servers: registered documents of
 * any site answer their text (read by Tika from the stored object, kept by SHA-256);
 * pictures, pending uploads and unknown ids are left out; only the platform's service
 * client may ask.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentTextApiTests extends LibraryIntegrationTest {

	private SiteRef siteA;

	private SiteRef siteB;

	private String editorA;

	private String editorB;

	@BeforeAll
	void sites() {
		this.siteA = site();
		this.siteB = site();
		this.editorA = user(this.siteA, "editor");
		this.editorB = user(this.siteB, "editor");
	}

	@Test
	void registeredDocumentsOfAnySiteAnswerTheirText() {
		String marker = "补贴" + randomHex(3);
		long word = registered(this.editorA, this.siteA, "高龄补贴申领指南.docx",
				Documents.docx("高龄补贴申领指南", "申领人须提供居民身份证和户口簿，" + marker + "。"));
		long sheet = registered(this.editorB, this.siteB, "材料清单.xlsx",
				Documents.xlsx(new String[] { "材料名称", "份数" }, new String[] { "不动产权证书" + randomHex(2), "1" }));
		long pdf = registered(this.editorA, this.siteA, "report.pdf",
				Documents.pdf("Budget report " + randomHex(4), "Public finance"));
		long picture = registered(this.editorA, this.siteA, "photo.png", Fixtures.png(20, 20));
		long pending = uploaded(this.editorA, this.siteA, "草稿", "draft.docx", Documents.docx("未登记的草稿"));

		Response response = http().post("/internal/assets/texts", Keycloak.serviceToken(),
				Map.of("ids", List.of(pdf, word, sheet, picture, pending, 987_654_321L)));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode texts = response.json().get("texts");
		assertThat(texts.valueStream().map(t -> t.get("assetId").asLong()).toList()).containsExactly(pdf, word, sheet);
		assertThat(texts.get(0).get("text").asString()).contains("Budget report").contains("Public finance");
		assertThat(texts.get(1).get("text").asString()).contains("居民身份证和户口簿").contains(marker);
		assertThat(texts.get(2).get("text").asString()).contains("不动产权证书");
		assertThat(texts.get(1).get("truncated").asBoolean()).isFalse();
		Integer kept = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM document_text WHERE sha256 = " + "(SELECT sha256 FROM asset WHERE id = ?)",
				Integer.class, word);
		assertThat(kept).isEqualTo(1);
	}

	@Test
	void aDocumentTikaCannotReadAnswersAnEmptyTextWithTheReason() {
		byte[] damaged = ("%PDF-1.4\n% " + randomHex(6) + "\n1 0 obj<< /Type /Catalog /Pages 9 0 R >>\nstream garbage")
			.getBytes(StandardCharsets.US_ASCII);
		long id = registered(this.editorA, this.siteA, "damaged.pdf", damaged);

		Response response = http().post("/internal/assets/texts", Keycloak.serviceToken(), Map.of("ids", List.of(id)));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode text = response.json().get("texts").get(0);
		assertThat(text.get("text").asString()).isEmpty();
		assertThat(text.get("failure").asString()).isNotBlank();
	}

	@Test
	void onlyThePlatformsServiceClientMayAsk() {
		long id = registered(this.editorA, this.siteA, "only.docx", Documents.docx("内部" + randomHex(3)));
		Map<String, Object> body = Map.of("ids", List.of(id));

		problem(http().post("/internal/assets/texts", null, body), 401, "unauthenticated");
		problem(http().post("/internal/assets/texts", this.editorA, body), 403, "forbidden");
		problem(http().post("/internal/assets/texts", this.editorB, body), 403, "forbidden");
		String platformAdmin = "pa" + randomHex(5);
		Keycloak.createUser(platformAdmin, List.of(), List.of("platform-admin"));
		problem(http().post("/internal/assets/texts", Keycloak.token(platformAdmin, Keycloak.DEMO_PASSWORD), body), 403,
				"forbidden");
	}

	@Test
	void badRequestsAreProblems() {
		String service = Keycloak.serviceToken();
		problem(http().post("/internal/assets/texts", service, Map.of("ids", List.of())), 400, "validation");
		problem(http().post("/internal/assets/texts", service, Map.of("ids", List.of(-1))), 400, "validation");
		problem(http().post("/internal/assets/texts", service, "{\"ids\": \"x\"}"), 400, "malformed-request");
		List<Long> tooMany = LongStream.rangeClosed(1, 101).boxed().toList();
		problem(http().post("/internal/assets/texts", service, Map.of("ids", tooMany)), 400, "validation");
	}

}
