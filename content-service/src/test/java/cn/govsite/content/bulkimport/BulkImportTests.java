package cn.govsite.content.bulkimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import cn.govsite.common.test.ServiceClient.Multipart;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 批量导入 against the real servers: formats, validation, review vs direct, idempotence,
 * resuming a run whose replica stopped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkImportTests extends ContentIntegrationTest {

	private static final String POLICY_HEADER = "标题,正文,类型,文号,发文机关,成文日期,发布日期,主题分类,有效性\n";

	@Autowired
	private ImportRuns runs;

	@Autowired
	private BulkImports imports;

	private TestSite siteA;

	private TestSite siteB;

	private String editorA;

	@BeforeAll
	void sites() {
		this.siteA = siteFromEvent("导入甲站");
		this.siteB = siteFromEvent("导入乙站");
		this.editorA = userWith(this.siteA, "editor");
	}

	@Test
	void aCsvOfPolicyDocumentsIsPublishedDirectlyWithItsMetadata() {
		long column = directColumn(this.siteA, "政策文件库");
		StringBuilder csv = new StringBuilder(POLICY_HEADER);
		for (int i = 1; i <= 30; i++) {
			csv.append("关于做好第")
				.append(i)
				.append("项工作的通知,\"正文第一段。\n\n第二段，编号")
				.append(i)
				.append("。\",政策文件,示政发〔2026〕")
				.append(i)
				.append("号,示范市人民政府,2026年3月1日,2026/3/5,政务公开,有效\n");
		}
		Response started = upload(this.editorA, this.siteA, column, "docs.csv", csv.toString().getBytes(), "");
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		JsonNode run = finished(started.json().get("run").get("id").asLong());
		assertThat(run.get("state").asString()).isEqualTo("DONE");
		assertThat(run.get("published").asInt()).isEqualTo(30);
		assertThat(run.get("queued").asInt()).isZero();

		JsonNode list = api().get("/articles?columnId=" + column + "&size=100", this.editorA, this.siteA.ref()).json();
		assertThat(list.get("total").asInt()).isEqualTo(30);
		JsonNode first = list.get("items").get(29);
		assertThat(first.get("state").asString()).isEqualTo("PUBLISHED");
		JsonNode detail = api().get("/articles/" + first.get("id").asLong(), this.editorA, this.siteA.ref()).json();
		assertThat(detail.get("type").asString()).isEqualTo("POLICY_DOCUMENT");
		assertThat(detail.get("fields").get("documentNumber").asString()).isEqualTo("示政发〔2026〕1号");
		assertThat(detail.get("fields").get("writtenOn").asString()).isEqualTo("2026-03-01");
		assertThat(detail.get("fields").get("validity").asString()).isEqualTo("VALID");
		// one batch event carries all of them for the index
		Integer events = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM outbox_event WHERE event_type = 'ArticlesPublished' AND site_id = ?",
				Integer.class, this.siteA.ref().id());
		assertThat(events).isPositive();

		// the same file again: the first run, nothing duplicated
		Response again = upload(this.editorA, this.siteA, column, "docs.csv", csv.toString().getBytes(), "");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("repeated").asBoolean()).isTrue();
		assertThat(again.json().get("run").get("id").asLong()).isEqualTo(run.get("id").asLong());
		assertThat(
				api().get("/articles?columnId=" + column, this.editorA, this.siteA.ref()).json().get("total").asInt())
			.isEqualTo(30);
	}

	@Test
	void aReviewedColumnGetsItsItemsInTheReviewQueue() {
		long column = column(this.editorA, this.siteA, "通知公告");
		String json = "[{\"title\":\"停水通知\",\"body\":\"明日停水。\",\"type\":\"NOTICE\",\"fields\":{\"issuer\":\"示范市水务局\"}},"
				+ "{\"标题\":\"停电通知\",\"正文\":\"<p>周六停电。</p><script>alert(1)</script>\",\"类型\":\"通知公告\",\"发布机构\":\"示范市供电局\"}]";
		Response started = upload(this.editorA, this.siteA, column, "n.json", json.getBytes(StandardCharsets.UTF_8),
				"");
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		JsonNode run = finished(started.json().get("run").get("id").asLong());
		assertThat(run.get("queued").asInt()).isEqualTo(2);
		assertThat(run.get("published").asInt()).isZero();
		String reviewer = userWith(this.siteA, "reviewer");
		JsonNode queue = api().get("/review-queue", reviewer, this.siteA.ref()).json();
		assertThat(queue.valueStream().map(a -> a.get("title").asString())).contains("停水通知", "停电通知");
		JsonNode power = queue.valueStream().filter(a -> a.get("title").asString().equals("停电通知")).findFirst().get();
		String body = api().get("/articles/" + power.get("id").asLong(), reviewer, this.siteA.ref())
			.json()
			.get("body")
			.asString();
		assertThat(body).contains("周六停电").doesNotContain("script");
	}

	@Test
	void anXlsxIsReadWithDateCells() throws IOException {
		long column = directColumn(this.siteA, "表格导入");
		Response started = upload(this.editorA, this.siteA, column, "docs.xlsx", workbook(), "");
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		assertThat(finished(started.json().get("run").get("id").asLong()).get("published").asInt()).isEqualTo(2);
	}

	@Test
	void aFileWithBadRowsIsRefusedWholeListingEachProblem() {
		long column = directColumn(this.siteA, "坏文件");
		String csv = POLICY_HEADER + "好的一行,正文,政策文件,示政发〔2026〕1号,示范市人民政府,2026-03-01,,政务公开,有效\n"
				+ "日期错误,正文,政策文件,示政发〔2026〕2号,示范市人民政府,三月一日,,政务公开,有效\n"
				+ ",没有标题,政策文件,示政发〔2026〕3号,示范市人民政府,2026-03-01,,政务公开,有效\n" + "缺文号,正文,政策文件,,示范市人民政府,2026-03-01,,政务公开,有效\n"
				+ "联系人,请拨打身份证号110101199003074477联系,政策文件,示政发〔2026〕5号,示范市人民政府,2026-03-01,,政务公开,有效\n";
		Response bad = upload(this.editorA, this.siteA, column, "bad.csv", csv.getBytes(StandardCharsets.UTF_8), "");
		assertThat(bad.status()).as(bad.body()).isEqualTo(400);
		assertThat(bad.errorFields()).contains("rows[3].fields.writtenOn", "rows[4].title",
				"rows[5].fields.documentNumber");
		assertThat(bad.errorFields()).anyMatch(f -> f.startsWith("rows[6]."));
		assertThat(bad.body()).contains("三月一日");
		assertThat(
				api().get("/articles?columnId=" + column, this.editorA, this.siteA.ref()).json().get("total").asInt())
			.isZero();

		Response malformed = upload(this.editorA, this.siteA, column, "m.csv",
				"标题,正文\n\"未闭合,正文\n".getBytes(StandardCharsets.UTF_8), "");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.errorFields()).containsExactly("file");
		Response unknownHeader = upload(this.editorA, this.siteA, column, "u.csv",
				"标题,正文,颜色\n甲,乙,红\n".getBytes(StandardCharsets.UTF_8), "");
		assertThat(unknownHeader.errorFields()).containsExactly("rows[2].颜色");
		Response unknownColumn = upload(this.editorA, this.siteA, 987654321L, "a.csv",
				"标题,正文\n甲,乙\n".getBytes(StandardCharsets.UTF_8), "");
		assertThat(unknownColumn.status()).isEqualTo(400);
		assertThat(unknownColumn.errorFields()).containsExactly("columnId");
		Response badFormat = upload(this.editorA, this.siteA, column, "a.txt", "x".getBytes(), "");
		assertThat(badFormat.errorFields()).containsExactly("format");
		StringBuilder many = new StringBuilder("标题,正文\n");
		for (int i = 0; i < 20_001; i++) {
			many.append("标题").append(i).append(",正文\n");
		}
		Response oversized = upload(this.editorA, this.siteA, column, "big.csv",
				many.toString().getBytes(StandardCharsets.UTF_8), "");
		assertThat(oversized.status()).isEqualTo(413);
	}

	@Test
	void aDryRunOnlyChecks() {
		long column = directColumn(this.siteA, "试导入");
		Response dry = upload(this.editorA, this.siteA, column, "a.csv",
				"标题,正文\n甲文,乙文\n丙文,丁文\n".getBytes(StandardCharsets.UTF_8), "&dryRun=true");
		assertThat(dry.status()).as(dry.body()).isEqualTo(200);
		assertThat(dry.json().get("rows").asInt()).isEqualTo(2);
		assertThat(dry.json().get("run").isNull()).isTrue();
		assertThat(
				api().get("/articles?columnId=" + column, this.editorA, this.siteA.ref()).json().get("total").asInt())
			.isZero();
	}

	@Test
	void onlyTheSitesEditorsImport() {
		long column = directColumn(this.siteA, "越权导入");
		byte[] csv = "标题,正文\n甲文,乙文\n".getBytes(StandardCharsets.UTF_8);
		String editorB = userWith(this.siteB, "editor");
		assertThat(upload(editorB, this.siteA, column, "a.csv", csv, "").status()).isEqualTo(403);
		assertThat(upload(null, this.siteA, column, "a.csv", csv, "").status()).isEqualTo(401);
		assertThat(upload(userWith(this.siteA, "reviewer"), this.siteA, column, "a.csv", csv, "").status())
			.isEqualTo(403);
		Response started = upload(this.editorA, this.siteA, column, "a.csv", csv, "&importKey=k-" + randomHex(4));
		long id = started.json().get("run").get("id").asLong();
		assertThat(api().get("/imports/" + id, editorB, this.siteA.ref()).status()).isEqualTo(403);
		assertThat(api().get("/imports/" + id, null, this.siteA.ref()).status()).isEqualTo(401);
		assertThat(api().get("/imports/" + id, editorB, this.siteB.ref()).status()).isEqualTo(404);
		assertThat(api().get("/imports", editorB, this.siteB.ref()).json()).isEmpty();
		finished(id);
	}

	@Test
	void aRunAbandonedByAStoppedReplicaIsResumedByAnother() {
		long column = directColumn(this.siteA, "续导入");
		byte[] csv = "标题,正文\n续导甲,正文甲\n续导乙,正文乙\n续导丙,正文丙\n".getBytes(StandardCharsets.UTF_8);
		var items = ImportRows.read(ImportTable.read(ImportFormat.CSV, csv, 100)).items();
		Instant longAgo = Instant.now().minus(Duration.ofHours(1));
		// A replica claimed the run, wrote nothing and stopped: its heartbeat is an hour
		// old.
		long abandoned = this.runs.create(this.siteA.ref().id(), column, "resume-" + randomHex(4), ImportFormat.CSV,
				items.size(), "editor-gone", longAgo);
		this.runs.addRows(abandoned, items.stream().map(JsonMapper.builder().build()::writeValueAsString).toList());
		assertThat(this.runs.claim(abandoned, "replica-gone", longAgo, longAgo)).isTrue();
		// A run another replica is still writing (a fresh heartbeat) is left alone.
		long alive = this.runs.create(this.siteA.ref().id(), column, "alive-" + randomHex(4), ImportFormat.CSV, 1,
				"editor-here", Instant.now());
		assertThat(this.runs.claim(alive, "replica-alive", Instant.now().minus(Duration.ofHours(1)), Instant.now()))
			.isTrue();

		JsonNode run = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
			this.imports.resumeAbandoned();
			return api().get("/imports/" + abandoned, this.editorA, this.siteA.ref()).json();
		}, json -> json.get("state").asString().equals("DONE"));
		assertThat(run.get("done").asInt()).isEqualTo(3);
		assertThat(run.get("published").asInt()).isEqualTo(3);
		assertThat(
				api().get("/articles?columnId=" + column, this.editorA, this.siteA.ref()).json().get("total").asInt())
			.isEqualTo(3);
		// The stopped replica's claim is gone: a late batch of it could not commit.
		assertThat(this.runs.beat(abandoned, "replica-gone", Instant.now())).isFalse();
		assertThat(this.runs.beat(alive, "replica-alive", Instant.now())).isTrue();
		assertThat(this.jdbc.queryForObject("SELECT state FROM bulk_import WHERE id = ?", String.class, alive))
			.isEqualTo("RUNNING");
		this.runs.move(alive, ImportState.FAILED, "test over", Instant.now());
	}

	private JsonNode finished(long id) {
		return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
			Response run = api().get("/imports/" + id, this.editorA, this.siteA.ref());
			assertThat(run.status()).as(run.body()).isEqualTo(200);
			return run.json();
		}, run -> run.get("state").asString().equals("DONE") || run.get("state").asString().equals("FAILED"));
	}

	private Response upload(String token, TestSite site, long column, String name, byte[] file, String query) {
		return api().upload("/imports?columnId=" + column + query, token, site.ref(),
				new Multipart().file("file", name, "application/octet-stream", file));
	}

	private static byte[] workbook() throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("政策");
			String[] header = { "标题", "正文", "类型", "文号", "发文机关", "成文日期", "主题分类", "有效性" };
			Row head = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				head.createCell(i).setCellValue(header[i]);
			}
			var dateStyle = book.createCellStyle();
			dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			for (int r = 1; r <= 2; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue("表格文件" + r);
				row.createCell(1).setCellValue("正文" + r);
				row.createCell(2).setCellValue("政策文件");
				row.createCell(3).setCellValue("示政办〔2026〕" + r + "号");
				row.createCell(4).setCellValue("示范市人民政府办公室");
				var date = row.createCell(5);
				date.setCellValue(java.time.LocalDate.of(2026, 2, r));
				date.setCellStyle(dateStyle);
				row.createCell(6).setCellValue("综合政务");
				row.createCell(7).setCellValue("有效");
			}
			book.write(out);
			return out.toByteArray();
		}
	}

}
