package cn.govsite.asset.asset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import cn.govsite.asset.inspection.Fixtures;
import cn.govsite.asset.support.LibraryIntegrationTest;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.test.ServiceClient.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** Registration, inspection through HTTP, dedup and tenant isolation of the library. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibraryApiTests extends LibraryIntegrationTest {

	private SiteRef siteA;

	private SiteRef siteB;

	private String editorA;

	private String adminA;

	private String editorB;

	private String adminB;

	@BeforeAll
	void sites() {
		this.siteA = site();
		this.siteB = site();
		this.editorA = user(this.siteA, "editor");
		this.adminA = user(this.siteA, "site-admin");
		this.editorB = user(this.siteB, "editor");
		this.adminB = user(this.siteB, "site-admin");
	}

	@Test
	void anUploadIsPendingUntilItsMetadataIsCompleteThenRegisteredThenRetired() {
		long id = uploaded(this.editorA, this.siteA, "区长调研", "调研.jpg", Fixtures.jpegWithGps(40, 30));
		JsonNode pending = http().get("/assets/" + id, this.editorA, this.siteA).json();
		assertThat(pending.get("state").asString()).isEqualTo("PENDING");
		assertThat(pending.get("kind").asString()).isEqualTo("IMAGE");
		assertThat(pending.get("width").asInt()).isEqualTo(40);

		JsonNode incomplete = problem(http().post("/assets/" + id + "/register", this.editorA, this.siteA, ""), 422,
				"metadata-incomplete");
		assertThat(fields(incomplete)).containsExactlyInAnyOrder("sourceType", "rightsHolder", "licence", "category",
				"altText");
		assertThat(incomplete.get("errors").get(0).get("messageEn").asString()).isNotBlank();

		Map<String, Object> reprint = new HashMap<>(metadata("区长调研"));
		reprint.put("sourceType", "REPRINTED");
		assertThat(http().put("/assets/" + id + "/metadata", this.editorA, this.siteA, reprint).status())
			.as("a pending resource may be described step by step")
			.isEqualTo(200);
		assertThat(fields(problem(http().post("/assets/" + id + "/register", this.editorA, this.siteA, ""), 422,
				"metadata-incomplete")))
			.containsExactly("sourceName");

		assertThat(http().put("/assets/" + id + "/metadata", this.editorA, this.siteA, metadata("区长调研")).status())
			.isEqualTo(200);
		Response registered = http().post("/assets/" + id + "/register", this.editorA, this.siteA, "");
		assertThat(registered.status()).as(registered.body()).isEqualTo(200);
		JsonNode asset = registered.json();
		assertThat(asset.get("state").asString()).isEqualTo("REGISTERED");
		assertThat(asset.get("registeredBy").asString()).isNotBlank();
		assertThat(asset.get("rightsHolder").asString()).isEqualTo("某某区人民政府办公室");
		assertThat(asset.get("tags").toString()).isEqualTo("[\"2026\",\"会议\"]");
		problem(http().post("/assets/" + id + "/register", this.editorA, this.siteA, ""), 409, "invalid-state");

		Map<String, Object> uncategorised = new HashMap<>(metadata("区长调研"));
		uncategorised.remove("category");
		assertThat(fields(problem(http().put("/assets/" + id + "/metadata", this.editorA, this.siteA, uncategorised),
				422, "metadata-incomplete")))
			.containsExactly("category");

		problem(http().post("/assets/" + id + "/retire", this.editorA, this.siteA, Map.of("reason", "过期")), 403,
				"forbidden");
		problem(http().post("/assets/" + id + "/retire", this.adminA, this.siteA, Map.of("reason", " ")), 400,
				"validation");
		Response retired = http().post("/assets/" + id + "/retire", this.adminA, this.siteA, Map.of("reason", "活动已结束"));
		assertThat(retired.status()).as(retired.body()).isEqualTo(200);
		assertThat(retired.json().get("state").asString()).isEqualTo("RETIRED");
		assertThat(retired.json().get("retireReason").asString()).isEqualTo("活动已结束");
		assertThat(problem(http().put("/assets/" + id + "/metadata", this.editorA, this.siteA, metadata("改")), 409,
				"invalid-state")
			.get("detail")
			.asString()).contains("退役");
		problem(http().post("/assets/" + id + "/retire", this.adminA, this.siteA, Map.of("reason", "再次")), 409,
				"invalid-state");

		byte[] stored = http().get("/assets/" + id + "/content", this.editorA, this.siteA).bytes();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(Fixtures.GPS_MARKER)
			.doesNotContain("Exif");
	}

	@Test
	void hostileUploadsAreRefusedWithAProblemAndLeaveNothingBehind() {
		int before = rows(this.siteA);
		problem(upload(this.editorA, this.siteA, "徽标", "logo.svg", Fixtures.svgWithScript()), 415,
				"file-type-not-allowed");
		problem(upload(this.editorA, this.siteA, "照片", "photo.jpg", Fixtures.windowsExecutable()), 415,
				"file-type-not-allowed");
		problem(upload(this.editorA, this.siteA, "照片", "photo.jpg.php", Fixtures.jpeg(8, 8)), 422,
				"file-name-mismatch");
		problem(upload(this.editorA, this.siteA, "数据", "data.zip", Fixtures.zipBomb(20)), 422, "file-unsafe");
		problem(upload(this.editorA, this.siteA, "数据", "data.xml", Fixtures.billionLaughs()), 422, "file-unsafe");
		byte[] polyglot = Fixtures.concat(Fixtures.jpeg(16, 16),
				"<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
		problem(upload(this.editorA, this.siteA, "照片", "photo.jpg", polyglot), 422, "file-unsafe");
		byte[] large = Fixtures.noiseJpeg(800, 800);
		assertThat(large.length).isBetween(300 * 1024, 1024 * 1024);
		JsonNode tooLarge = problem(upload(this.editorA, this.siteA, "大图", "big.jpg", large), 413, "file-too-large");
		assertThat(tooLarge.get("detailEn").asString()).contains("image limit");
		assertThat(rows(this.siteA)).isEqualTo(before);
	}

	@Test
	void theSameBytesAreStoredOnceAcrossSitesAndOncePerSiteLibrary() throws Exception {
		byte[] content = ("公开数据 " + randomHex(8) + "\n").getBytes(StandardCharsets.UTF_8);
		long a = uploaded(this.editorA, this.siteA, "甲站数据", "数据.txt", content);
		long b = uploaded(this.editorB, this.siteB, "乙站数据", "data.txt", content);
		String keyA = this.jdbc.queryForObject("SELECT object_key FROM asset WHERE id = ?", String.class, a);
		String keyB = this.jdbc.queryForObject("SELECT object_key FROM asset WHERE id = ?", String.class, b);
		assertThat(keyA).isEqualTo(keyB);
		// The full key: other tests' objects share the two-character fan-out folder.
		assertThat(objectsUnder(keyA)).containsExactly(keyA);

		JsonNode duplicate = problem(upload(this.editorA, this.siteA, "再传一次", "again.txt", content), 409, "conflict");
		assertThat(duplicate.get("detail").asString()).contains(Long.toString(a));
		assertThat(objectsUnder(keyA)).containsExactly(keyA);
		assertThat(http().get("/assets/" + b + "/content", this.editorB, this.siteB).bytes()).isEqualTo(content);
	}

	@Test
	void siteBCannotReadDescribeRegisterOrRetireSiteAsResources() {
		long id = uploaded(this.editorA, this.siteA, "甲站私有", "甲.txt",
				("甲站 " + randomHex(6)).getBytes(StandardCharsets.UTF_8));
		// Through site B, where B's users work, A's resource does not exist.
		problem(http().get("/assets/" + id, this.editorB, this.siteB), 404, "not-found");
		problem(http().get("/assets/" + id + "/content", this.editorB, this.siteB), 404, "not-found");
		problem(http().put("/assets/" + id + "/metadata", this.editorB, this.siteB, metadata("篡改")), 404, "not-found");
		problem(http().post("/assets/" + id + "/register", this.editorB, this.siteB, ""), 404, "not-found");
		problem(http().post("/assets/" + id + "/retire", this.adminB, this.siteB, Map.of("reason", "x")), 404,
				"not-found");
		// Naming site A does not help: B's users hold no role there.
		problem(http().get("/assets/" + id, this.editorB, this.siteA), 403, "forbidden");
		problem(http().put("/assets/" + id + "/metadata", this.editorB, this.siteA, metadata("篡改")), 403, "forbidden");
		problem(http().post("/assets/" + id + "/register", this.editorB, this.siteA, ""), 403, "forbidden");
		problem(http().post("/assets/" + id + "/retire", this.adminB, this.siteA, Map.of("reason", "x")), 403,
				"forbidden");
		JsonNode untouched = http().get("/assets/" + id, this.editorA, this.siteA).json();
		assertThat(untouched.get("state").asString()).isEqualTo("PENDING");
		assertThat(untouched.get("title").asString()).isEqualTo("甲站私有");
	}

	@Test
	void theLibraryIsSearchedByTitleTagKindStateAndDateWithinTheSite() {
		SiteRef site = site();
		String editor = user(site, "editor");
		long photo = registered(editor, site, "会议.jpg", Fixtures.jpeg(30 + (int) (Math.random() * 20), 20));
		long report = uploaded(editor, site, "年度报告", "年度报告.txt",
				("报告 " + randomHex(6)).getBytes(StandardCharsets.UTF_8));
		long other = uploaded(this.editorB, this.siteB, "年度报告（乙站）", "b.txt",
				("乙站报告 " + randomHex(6)).getBytes(StandardCharsets.UTF_8));

		assertThat(ids(http().get("/assets", editor, site))).containsExactly(report, photo);
		assertThat(ids(http().get("/assets?q=" + encode("年度"), editor, site))).containsExactly(report);
		assertThat(ids(http().get("/assets?tag=" + encode("会议"), editor, site))).containsExactly(photo);
		assertThat(ids(http().get("/assets?kind=IMAGE", editor, site))).containsExactly(photo);
		assertThat(ids(http().get("/assets?state=PENDING", editor, site))).containsExactly(report);
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
		assertThat(ids(http().get("/assets?createdFrom=" + today + "&createdTo=" + today, editor, site)))
			.containsExactly(report, photo);
		assertThat(ids(http().get("/assets?createdTo=2000-01-01", editor, site))).isEmpty();
		JsonNode paged = http().get("/assets?size=1&page=2", editor, site).json();
		assertThat(paged.get("total").asLong()).isEqualTo(2);
		assertThat(paged.get("items").get(0).get("id").asLong()).isEqualTo(photo);
		// another site's library never shows, and naming that site needs a role there
		assertThat(ids(http().get("/assets?q=" + encode("年度报告"), this.editorB, this.siteB))).containsExactly(other);
		problem(http().get("/assets", this.editorB, site), 403, "forbidden");
		problem(http().get("/assets?size=1000", editor, site), 400, "validation");
		Response badKind = http().get("/assets?kind=EXE", editor, site);
		assertThat(badKind.status()).isEqualTo(400);
		assertThat(badKind.header("Content-Type")).startsWith("application/problem+json");
	}

	private static List<Long> ids(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		response.json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
		return ids;
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private int rows(SiteRef site) {
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM asset WHERE site_id = ?", Integer.class,
				site.id());
		return (count != null) ? count : 0;
	}

	private static List<String> fields(JsonNode problem) {
		List<String> fields = new ArrayList<>();
		problem.path("errors").forEach(error -> fields.add(error.path("field").asString()));
		return fields;
	}

}
