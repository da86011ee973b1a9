package cn.govsite.asset.upload;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.govsite.asset.inspection.Fixtures;
import cn.govsite.asset.support.LibraryIntegrationTest;
import cn.govsite.common.tenant.SiteHeaderSigner;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantHeaders;
import cn.govsite.common.test.ServiceClient.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** A large file in 5 MB parts over S3 multipart upload, resumed out of order. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeUploadApiTests extends LibraryIntegrationTest {

	private static final int PART = 5 * 1024 * 1024;

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SiteRef siteA;

	private SiteRef siteB;

	private String editorA;

	private String otherEditorA;

	private String editorB;

	@BeforeAll
	void sites() {
		this.siteA = site();
		this.siteB = site();
		this.editorA = user(this.siteA, "editor");
		this.otherEditorA = user(this.siteA, "editor");
		this.editorB = user(this.siteB, "editor");
	}

	@Test
	void aLargeFileArrivesInPartsResumesFromWhatS3HoldsAndIsInspectedOnCompletion() throws Exception {
		byte[] csv = csv(11 * 1024 * 1024 + 123);
		JsonNode started = start(this.editorA, this.siteA, "全市统计数据.csv", csv.length);
		String id = started.get("uploadId").asString();
		assertThat(started.get("partCount").asInt()).isEqualTo(3);
		assertThat(started.get("missing").toString()).isEqualTo("[1,2,3]");

		assertThat(part(this.editorA, this.siteA, id, 3, slice(csv, 3)).statusCode()).isEqualTo(200);
		assertThat(part(this.editorA, this.siteA, id, 1, slice(csv, 1)).statusCode()).isEqualTo(200);
		// the connection drops; the client asks where it stands
		JsonNode progress = http().get("/assets/uploads/" + id, this.editorA, this.siteA).json();
		assertThat(progress.get("received").toString()).isEqualTo("[1,3]");
		assertThat(progress.get("missing").toString()).isEqualTo("[2]");
		assertThat(progress.get("bytesReceived").asLong()).isEqualTo(PART + (csv.length - 2L * PART));

		JsonNode incomplete = problem(http().post("/assets/uploads/" + id + "/complete", this.editorA, this.siteA, ""),
				409, "upload-incomplete");
		assertThat(incomplete.get("detail").asString()).contains("[2]");
		// a part of the wrong size is refused
		assertThat(part(this.editorA, this.siteA, id, 2, new byte[100]).statusCode()).isEqualTo(400);
		assertThat(part(this.editorA, this.siteA, id, 4, new byte[100]).statusCode()).isEqualTo(400);

		assertThat(part(this.editorA, this.siteA, id, 2, slice(csv, 2)).statusCode()).isEqualTo(200);
		Response completed = http().post("/assets/uploads/" + id + "/complete", this.editorA, this.siteA, "");
		assertThat(completed.status()).as(completed.body()).isEqualTo(201);
		JsonNode asset = completed.json();
		assertThat(asset.get("state").asString()).isEqualTo("PENDING");
		assertThat(asset.get("kind").asString()).isEqualTo("DATA");
		assertThat(asset.get("contentType").asString()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(asset.get("size").asLong()).isEqualTo(csv.length);
		assertThat(asset.get("sha256").asString()).isEqualTo(sha256(csv));
		byte[] downloaded = http().get("/assets/" + asset.get("id").asLong() + "/content", this.editorA, this.siteA)
			.bytes();
		assertThat(sha256(downloaded)).isEqualTo(sha256(csv));
		assertThat(objectsUnder("uploads/" + id)).as("the staging object is gone").isEmpty();
		problem(http().get("/assets/uploads/" + id, this.editorA, this.siteA), 404, "not-found");
	}

	@Test
	void aLargeUploadIsInspectedLikeAnyOther() throws Exception {
		byte[] exe = Arrays.copyOf(Fixtures.windowsExecutable(), PART + 10);
		String id = start(this.editorA, this.siteA, "视频.mp4", exe.length).get("uploadId").asString();
		assertThat(part(this.editorA, this.siteA, id, 1, Arrays.copyOfRange(exe, 0, PART)).statusCode()).isEqualTo(200);
		assertThat(part(this.editorA, this.siteA, id, 2, Arrays.copyOfRange(exe, PART, exe.length)).statusCode())
			.isEqualTo(200);
		problem(http().post("/assets/uploads/" + id + "/complete", this.editorA, this.siteA, ""), 415,
				"file-type-not-allowed");
		assertThat(objectsUnder("uploads/" + id)).isEmpty();
	}

	@Test
	void anUploadBelongsToItsSiteAndItsUploader() throws Exception {
		String id = start(this.editorA, this.siteA, "数据.csv", 10).get("uploadId").asString();
		// through site B it does not exist
		problem(http().get("/assets/uploads/" + id, this.editorB, this.siteB), 404, "not-found");
		assertThat(part(this.editorB, this.siteB, id, 1, csv(10)).statusCode()).isEqualTo(404);
		problem(http().post("/assets/uploads/" + id + "/complete", this.editorB, this.siteB, ""), 404, "not-found");
		problem(http().delete("/assets/uploads/" + id, this.editorB, this.siteB), 404, "not-found");
		// naming site A does not help
		problem(http().get("/assets/uploads/" + id, this.editorB, this.siteA), 403, "forbidden");
		assertThat(part(this.editorB, this.siteA, id, 1, csv(10)).statusCode()).isEqualTo(403);
		problem(http().post("/assets/uploads", this.editorB, this.siteA,
				Map.of("filename", "x.csv", "size", 10, "title", "越权")), 403, "forbidden");
		// nor does another editor of the same site see someone else's upload
		problem(http().get("/assets/uploads/" + id, this.otherEditorA, this.siteA), 404, "not-found");

		assertThat(http().delete("/assets/uploads/" + id, this.editorA, this.siteA).status()).isEqualTo(204);
		problem(http().get("/assets/uploads/" + id, this.editorA, this.siteA), 404, "not-found");
		problem(http().post("/assets/uploads", this.editorA, this.siteA,
				Map.of("filename", "x.csv", "size", 3L * 1024 * 1024 * 1024, "title", "太大")), 413, "file-too-large");
		problem(http().post("/assets/uploads", this.editorA, this.siteA, Map.of("filename", "x.csv", "size", 10)), 400,
				"validation");
	}

	private JsonNode start(String token, SiteRef site, String filename, long size) {
		Response response = http().post("/assets/uploads", token, site,
				Map.of("filename", filename, "size", size, "title", "大文件"));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	private HttpResponse<String> part(String token, SiteRef site, String id, int number, byte[] data)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/assets/uploads/" + id + "/parts/" + number))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/octet-stream")
			.header(TenantHeaders.RESOLVED_SITE_ID, Long.toString(site.id()))
			.header(TenantHeaders.RESOLVED_SITE_CODE, site.code())
			.header(TenantHeaders.RESOLVED_SITE_SIGNATURE,
					new SiteHeaderSigner(SiteHeaderSigner.DEV_SECRET).sign(site.id(), site.code()))
			.PUT(HttpRequest.BodyPublishers.ofByteArray(data))
			.build();
		HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			assertThat(JSON.readTree(response.body()).get("detailEn").asString()).isNotBlank();
		}
		return response;
	}

	private static byte[] slice(byte[] all, int number) {
		int from = (number - 1) * PART;
		return Arrays.copyOfRange(all, from, Math.min(all.length, from + PART));
	}

	private static byte[] csv(int length) {
		StringBuilder text = new StringBuilder("区县,指标,数值\n");
		List<String> rows = new ArrayList<>(List.of("鄞州区", "海曙区", "江北区"));
		int i = 0;
		while (text.length() * 3 < length) {
			text.append(rows.get(i % 3)).append(",指标").append(i).append(',').append(i * 7).append('\n');
			i++;
		}
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		byte[] out = Arrays.copyOf(bytes, length);
		Arrays.fill(out, Math.min(bytes.length, length), length, (byte) '\n');
		return out;
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

}
