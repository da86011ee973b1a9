package cn.govsite.asset.asset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import cn.govsite.common.storage.ObjectStorage;
import cn.govsite.common.storage.StorageProperties;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.asset.support.LibraryIntegrationTest;
import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient;
import cn.govsite.common.test.ServiceClient.Multipart;
import cn.govsite.common.test.ServiceClient.Response;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssetApiTests extends LibraryIntegrationTest {

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
	void anUploadWithAChineseNameComesBackByteIdentical() throws Exception {
		byte[] content = "政府信息公开年度报告\n第二行".getBytes(StandardCharsets.UTF_8);
		Response created = http().upload("/assets", this.editorA, this.siteA,
				new Multipart().field("title", "2026年政府信息公开年度报告")
					.file("file", "政府信息公开年度报告（2026）.txt", "text/plain; charset=UTF-8", content));
		assertThat(created.status()).isEqualTo(201);
		JsonNode asset = created.json();
		long id = asset.get("id").asLong();
		assertThat(asset.get("title").asString()).isEqualTo("2026年政府信息公开年度报告");
		assertThat(asset.get("originalFilename").asString()).isEqualTo("政府信息公开年度报告（2026）.txt");
		// the type comes from the content, not from what the browser declared
		assertThat(asset.get("contentType").asString()).isEqualTo("text/plain;charset=UTF-8");
		assertThat(asset.get("state").asString()).isEqualTo("PENDING");
		assertThat(asset.get("kind").asString()).isEqualTo("DOCUMENT");
		assertThat(asset.get("size").asLong()).isEqualTo(content.length);
		assertThat(asset.get("sha256").asString()).isEqualTo(sha256(content));
		assertThat(asset.get("siteId").asLong()).isEqualTo(this.siteA.id());
		assertThat(asset.get("contentPath").asString()).isEqualTo("/assets/" + id + "/content");

		String key = this.jdbc.queryForObject("SELECT object_key FROM asset WHERE id = ?", String.class, id);
		assertThat(key).isEqualTo("sha256/" + sha256(content).substring(0, 2) + "/" + sha256(content));
		assertThat(this.storage.get(this.storageProperties.bucket("assets"), key).orElseThrow().content())
			.isEqualTo(content);

		Response metadata = http().get("/assets/" + id, this.editorA, this.siteA);
		assertThat(metadata.status()).isEqualTo(200);
		assertThat(metadata.json().get("originalFilename").asString()).isEqualTo("政府信息公开年度报告（2026）.txt");

		Response download = http().get("/assets/" + id + "/content", this.editorA, this.siteA);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.bytes()).isEqualTo(content);
		assertThat(download.header("Content-Type")).isEqualTo("text/plain;charset=UTF-8");
		assertThat(download.header("Content-Disposition")).startsWith("inline; ")
			.contains("filename*=UTF-8''" + Downloads.rfc5987("政府信息公开年度报告（2026）.txt"))
			.contains("%E6%94%BF%E5%BA%9C");
		assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void activeContentIsRefusedWhateverItIsCalled() {
		byte[] page = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
		Response response = http().upload("/assets", this.editorA, this.siteA,
				new Multipart().field("title", "页面").file("file", "../../etc/页面.txt", "text/plain", page));
		problem(response, 415, "file-type-not-allowed");
		assertThat(response.json().get("detail").asString()).contains("text/html");
	}

	@Test
	void aPdfIsDownloadedNotShown() {
		byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
		long id = http()
			.upload("/assets", this.editorA, this.siteA,
					new Multipart().field("title", "文件").file("file", "../../etc/文件.pdf", "text/html", pdf))
			.json()
			.get("id")
			.asLong();
		Response download = http().get("/assets/" + id + "/content", this.editorA, this.siteA);
		assertThat(download.bytes()).isEqualTo(pdf);
		assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(download.header("Content-Disposition")).startsWith("attachment; ");
		assertThat(http().get("/assets/" + id, this.editorA, this.siteA).json().get("originalFilename").asString())
			.isEqualTo("文件.pdf");
	}

	@Test
	void aFormWithoutFileOrTitleIsABadRequest() {
		Response noFile = http().upload("/assets", this.editorA, this.siteA, new Multipart().field("title", "没有文件"));
		assertThat(noFile.status()).isEqualTo(400);
		assertThat(noFile.header("Content-Type")).startsWith("application/problem+json");
		assertThat(noFile.errorFields()).containsExactly("file");

		Response noTitle = http().upload("/assets", this.editorA, this.siteA,
				new Multipart().file("file", "a.txt", "text/plain", unique()));
		assertThat(noTitle.status()).isEqualTo(400);
		assertThat(noTitle.errorFields()).containsExactly("title");

		Response longTitle = http().upload("/assets", this.editorA, this.siteA,
				new Multipart().field("title", "长".repeat(101)).file("file", "a.txt", "text/plain", unique()));
		assertThat(longTitle.status()).isEqualTo(400);
		assertThat(longTitle.errorFields()).containsExactly("title");

		Response json = http().post("/assets", this.editorA, this.siteA, "{\"title\":\"x\"}");
		assertThat(json.status()).isEqualTo(415);
	}

	@Test
	void aFileOverTheLimitIsTooLarge() {
		byte[] big = new byte[1536 * 1024];
		Response response = http().upload("/assets", this.editorA, this.siteA,
				new Multipart().field("title", "过大").file("file", "big.bin", "application/octet-stream", big));
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.json().get("type").asString()).endsWith("/payload-too-large");
	}

	@Test
	void aUserOfSiteBCannotSeeOrDownloadSiteAsAssets() {
		long id = http()
			.upload("/assets", this.editorA, this.siteA,
					new Multipart().field("title", "甲站资料").file("file", "甲.txt", "text/plain", unique()))
			.json()
			.get("id")
			.asLong();

		// Through site B (where B's user works), A's asset does not exist.
		Response metadata = http().get("/assets/" + id, this.editorB, this.siteB);
		assertThat(metadata.status()).isEqualTo(404);
		assertThat(metadata.json().get("type").asString()).endsWith("/not-found");
		assertThat(http().get("/assets/" + id + "/content", this.editorB, this.siteB).status()).isEqualTo(404);
		// Naming site A does not help: B's user holds no role there.
		assertThat(http().get("/assets/" + id, this.editorB, this.siteA).status()).isEqualTo(403);
		assertThat(http().get("/assets/" + id + "/content", this.editorB, this.siteA).status()).isEqualTo(403);
		assertThat(http()
			.upload("/assets", this.editorB, this.siteA,
					new Multipart().field("title", "越权").file("file", "x.txt", "text/plain", unique()))
			.status()).isEqualTo(403);
	}

	@Test
	void onlyEditorsAndSiteAdminsUpload() {
		String reviewer = user(this.siteA, "reviewer");
		assertThat(http()
			.upload("/assets", reviewer, this.siteA,
					new Multipart().field("title", "审核员上传").file("file", "x.txt", "text/plain", unique()))
			.status()).isEqualTo(403);
		String admin = user(this.siteA, "site-admin");
		assertThat(http()
			.upload("/assets", admin, this.siteA,
					new Multipart().field("title", "管理员上传").file("file", "x.txt", "text/plain", unique()))
			.status()).isEqualTo(201);
	}

	@Test
	void withoutATokenNothingIsServed() {
		Response anonymous = http().get("/assets/1", null, this.siteA);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.json().get("type").asString()).endsWith("/unauthenticated");
		assertThat(http().get("/assets/1/content", null, this.siteA).status()).isEqualTo(401);
		assertThat(http()
			.upload("/assets", null, this.siteA,
					new Multipart().field("title", "匿名").file("file", "x.txt", "text/plain", unique()))
			.status()).isEqualTo(401);
	}

	@Test
	void anUnknownAssetIsNotFound() {
		assertThat(http().get("/assets/987654321", this.editorA, this.siteA).status()).isEqualTo(404);
		assertThat(http().get("/assets/abc", this.editorA, this.siteA).status()).isEqualTo(400);
	}

	/** Text no other upload has, so no test meets the duplicate refusal by accident. */
	private static byte[] unique() {
		return ("资料内容 " + randomHex(8)).getBytes(StandardCharsets.UTF_8);
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

}
