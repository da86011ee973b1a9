package cn.govsite.content.feed;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 数据接口 and 网上抓取 against fixture feeds served on loopback by the test: RSS, Atom, JSON and
 * a scraped list; dedupe on the second poll; review queue vs direct publish; a failing
 * feed reported to the column's responsible unit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ColumnFeedTests extends ContentIntegrationTest {

	private final Map<String, String> documents = new ConcurrentHashMap<>();

	private HttpServer server;

	private TestSite siteA;

	private TestSite siteB;

	private String adminA;

	@BeforeAll
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", exchange -> {
			String body = this.documents.get(exchange.getRequestURI().getPath());
			byte[] bytes = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
			exchange.sendResponseHeaders((body != null) ? 200 : 404, (bytes.length > 0) ? bytes.length : -1);
			if (bytes.length > 0) {
				exchange.getResponseBody().write(bytes);
			}
			exchange.close();
		});
		this.server.start();
		this.documents.put("/rss.xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0"><channel><title>国务院信息</title><link>http://example.gov.cn/</link>
				<description>d</description>
				<item><title>国务院常务会议研究部署稳就业工作</title><link>http://example.gov.cn/a/1.html</link>
				<guid>gov-1</guid><pubDate>Mon, 02 Mar 2026 08:00:00 +0800</pubDate>
				<description><![CDATA[<p>会议指出，要稳定就业。</p>]]></description></item>
				<item><title>国务院办公厅印发实施方案</title><link>http://example.gov.cn/a/2.html</link>
				<guid>gov-2</guid><pubDate>Tue, 03 Mar 2026 08:00:00 +0800</pubDate>
				<description>方案全文如下。</description></item>
				</channel></rss>
				""");
		this.documents.put("/atom.xml", """
				<?xml version="1.0" encoding="utf-8"?>
				<feed xmlns="http://www.w3.org/2005/Atom"><title>省政府文件</title><id>urn:feed</id>
				<updated>2026-03-04T00:00:00Z</updated>
				<entry><title>省政府关于加强安全生产的通知</title><id>urn:doc:1</id>
				<link href="http://example.gov.cn/p/1.html"/><updated>2026-03-04T00:00:00Z</updated>
				<content type="html">&lt;p&gt;各市人民政府：现通知如下。&lt;/p&gt;</content></entry>
				<entry><title>省政府关于做好春耕生产的通知</title><id>urn:doc:2</id>
				<link href="http://example.gov.cn/p/2.html"/><updated>2026-03-05T00:00:00Z</updated>
				<summary>春耕生产要点。</summary></entry>
				</feed>
				""");
		this.documents.put("/feed.json",
				"""
						{"code":0,"data":{"list":[
						 {"id":"j1","info":{"title":"市政府召开专题会议","url":"/news/j1.html"},"time":"2026-03-06 09:00","html":"<p>会议研究了三项工作。</p>"},
						 {"id":"j2","info":{"title":"市政府通报一季度经济运行","url":"/news/j2.html"},"time":"2026年3月7日","html":"一季度经济稳中向好。"}
						]}}
						""");
		this.documents.put("/list.html", """
				<html><body><ul class="list">
				<li><a href="/detail/1.html">区政府召开常务会议</a><span class="date">2026-03-08</span></li>
				<li><a href="/detail/2.html">区长调研重点项目</a><span class="date">2026-03-09</span></li>
				<li><a href="/detail/3.html">区政府召开常务会议</a><span class="date">2026-03-08</span></li>
				</ul></body></html>
				""");
		this.documents.put("/detail/1.html",
				"<html><body><div class=\"content\"><p>会议审议了年度计划。</p></div></body></html>");
		this.documents.put("/detail/2.html", "<html><body><div class=\"content\"><p>调研了三个项目。</p></div></body></html>");
		// the same page at another address: the content hash catches it
		this.documents.put("/detail/3.html",
				"<html><body><div class=\"content\"><p>会议审议了年度计划。</p></div></body></html>");
		this.siteA = siteFromEvent("数据接口甲站");
		this.siteB = siteFromEvent("数据接口乙站");
		this.adminA = userWith(this.siteA, "site-admin");
	}

	@AfterAll
	void stop() {
		this.server.stop(0);
	}

	@Test
	void anRssFeedPublishesIntoADirectColumnAndSkipsWhatItTookBefore() {
		long column = directColumn(this.siteA, "国务院信息");
		long feed = feed(column, "RSS", "/rss.xml", Map.of());
		JsonNode first = poll(feed);
		assertThat(first.get("offered").asInt()).isEqualTo(2);
		assertThat(first.get("published").asInt()).isEqualTo(2);
		JsonNode second = poll(feed);
		assertThat(second.get("published").asInt()).isZero();
		assertThat(second.get("duplicates").asInt()).isEqualTo(2);
		JsonNode items = api().get("/articles?columnId=" + column, this.adminA, this.siteA.ref()).json().get("items");
		assertThat(items).hasSize(2);
		assertThat(items.valueStream().map(a -> a.get("state").asString())).containsOnly("PUBLISHED");
		assertThat(items.valueStream().map(a -> a.get("title").asString())).contains("国务院常务会议研究部署稳就业工作");
		JsonNode view = api().get("/feeds/" + feed, this.adminA, this.siteA.ref()).json();
		assertThat(view.get("itemsTaken").asInt()).isEqualTo(2);
		assertThat(view.get("lastError").isNull()).isTrue();
	}

	@Test
	void anAtomFeedIntoAReviewedColumnLandsInTheReviewQueue() {
		long column = column(this.adminA, this.siteA, "省政府文件");
		JsonNode result = poll(feed(column, "RSS", "/atom.xml", Map.of()));
		assertThat(result.get("queued").asInt()).isEqualTo(2);
		assertThat(result.get("published").asInt()).isZero();
		JsonNode queue = api().get("/review-queue", userWith(this.siteA, "reviewer"), this.siteA.ref()).json();
		assertThat(queue.valueStream().map(a -> a.get("title").asString())).contains("省政府关于加强安全生产的通知",
				"省政府关于做好春耕生产的通知");
	}

	@Test
	void aJsonFeedIsReadByItsFieldPaths() {
		long column = directColumn(this.siteA, "市政要闻");
		long feed = feed(column, "JSON", "/feed.json", Map.of("itemsPath", "/data/list", "titlePath", "info.title",
				"linkPath", "info.url", "datePath", "time", "bodyPath", "html", "guidPath", "id"));
		JsonNode result = poll(feed);
		assertThat(result.get("published").asInt()).as(result.toString()).isEqualTo(2);
		assertThat(poll(feed).get("duplicates").asInt()).isEqualTo(2);
	}

	@Test
	void aScrapedListReadsEachItemsPageAndDropsDuplicatesByContent() {
		long column = directColumn(this.siteA, "区政动态");
		long feed = feed(column, "SCRAPE", "/list.html", Map.of("itemSelector", "ul.list li", "linkSelector", "a",
				"titleSelector", "a", "dateSelector", ".date", "bodySelector", "div.content"));
		JsonNode result = poll(feed);
		assertThat(result.get("published").asInt()).as(result.toString()).isEqualTo(2);
		assertThat(result.get("duplicates").asInt()).isEqualTo(1);
		JsonNode items = api().get("/articles?columnId=" + column, this.adminA, this.siteA.ref()).json().get("items");
		long id = items.get(0).get("id").asLong();
		assertThat(api().get("/articles/" + id, this.adminA, this.siteA.ref()).json().get("body").asString())
			.containsAnyOf("会议审议了年度计划", "调研了三个项目");
	}

	@Test
	void aFailingFeedIsRecordedAndReportedToTheResponsibleUnit() {
		Response created = api().post("/columns", this.adminA, this.siteA.ref(),
				Map.of("name", "部门文件", "responsibleUnit", "市政府办公室", "method", "DATA_INTERFACE"));
		long column = created.json().get("id").asLong();
		long feed = feed(column, "RSS", "/gone.xml", Map.of());
		JsonNode result = poll(feed);
		assertThat(result.get("error").asString()).contains("404");
		this.documents.put("/broken.xml", "<rss><channel><item>");
		JsonNode broken = poll(feed(column, "RSS", "/broken.xml", Map.of()));
		assertThat(broken.get("error").asString()).isNotBlank();
		JsonNode view = api().get("/feeds/" + feed, this.adminA, this.siteA.ref()).json();
		assertThat(view.get("failures").asInt()).isEqualTo(1);
		assertThat(view.get("lastError").asString()).contains("404");
		String event = this.jdbc.queryForObject(
				"SELECT envelope FROM outbox_event WHERE event_type = 'ColumnFeedFailed' AND site_id = ? "
						+ "AND envelope LIKE ? ORDER BY created_at DESC LIMIT 1",
				String.class, this.siteA.ref().id(), "%gone.xml%");
		JsonNode payload = this.json.readTree(event).get("payload");
		assertThat(payload.get("responsibleUnit").asString()).isEqualTo("市政府办公室");
		assertThat(payload.get("columnName").asString()).isEqualTo("部门文件");
	}

	@Test
	void badFeedsAreRefused() {
		long column = directColumn(this.siteA, "坏数据源");
		Response noSelector = api().post("/feeds", this.adminA, this.siteA.ref(),
				Map.of("columnId", column, "kind", "SCRAPE", "url", url("/list.html")));
		assertThat(noSelector.status()).isEqualTo(400);
		assertThat(noSelector.errorFields()).containsExactly("settings.itemSelector");
		Response badUrl = api().post("/feeds", this.adminA, this.siteA.ref(),
				Map.of("columnId", column, "kind", "RSS", "url", "file:///etc/passwd"));
		assertThat(badUrl.errorFields()).containsExactly("url");
		Response unknownColumn = api().post("/feeds", this.adminA, this.siteA.ref(),
				Map.of("columnId", 987654321L, "kind", "RSS", "url", url("/rss.xml")));
		assertThat(unknownColumn.errorFields()).containsExactly("columnId");
		Response badKind = api().post("/feeds", this.adminA, this.siteA.ref(),
				Map.of("columnId", column, "kind", "FTP", "url", url("/rss.xml")));
		assertThat(badKind.status()).isEqualTo(400);
	}

	@Test
	void onlyTheSitesPeopleManageItsFeeds() {
		long column = directColumn(this.siteA, "越权数据源");
		long feed = feed(column, "RSS", "/rss.xml", Map.of());
		String adminB = userWith(this.siteB, "site-admin");
		assertThat(api().get("/feeds/" + feed, adminB, this.siteA.ref()).status()).isEqualTo(403);
		assertThat(api().post("/feeds/" + feed + "/poll", adminB, this.siteA.ref(), Map.of()).status()).isEqualTo(403);
		assertThat(api()
			.post("/feeds", adminB, this.siteA.ref(), Map.of("columnId", column, "kind", "RSS", "url", url("/rss.xml")))
			.status()).isEqualTo(403);
		assertThat(api().get("/feeds", null, this.siteA.ref()).status()).isEqualTo(401);
		assertThat(api().get("/feeds/" + feed, adminB, this.siteB.ref()).status()).isEqualTo(404);
		assertThat(api().delete("/feeds/" + feed, adminB, this.siteA.ref()).status()).isEqualTo(403);
		Map<String, Object> edit = Map.of("columnId", column, "kind", "RSS", "url", url("/atom.xml"));
		assertThat(api().put("/feeds/" + feed, adminB, this.siteA.ref(), edit).status()).isEqualTo(403);
		assertThat(api().put("/feeds/" + feed, null, this.siteA.ref(), edit).status()).isEqualTo(401);
		assertThat(api().put("/feeds/" + feed, adminB, this.siteB.ref(), edit).status()).isEqualTo(404);
		assertThat(api().delete("/feeds/" + feed, this.adminA, this.siteA.ref()).status()).isEqualTo(204);
	}

	@Test
	void aFeedIsEditedAndSwitchedOff() {
		long column = directColumn(this.siteA, "改数据源");
		long feed = feed(column, "RSS", "/rss.xml", Map.of());
		Response edited = api().put("/feeds/" + feed, this.adminA, this.siteA.ref(),
				Map.of("columnId", column, "kind", "JSON", "url", url("/items.json"), "settings",
						Map.of("titlePath", "/t"), "intervalMinutes", 15, "enabled", false));
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		JsonNode view = api().get("/feeds/" + feed, this.adminA, this.siteA.ref()).json();
		assertThat(view.get("kind").asString()).isEqualTo("JSON");
		assertThat(view.get("url").asString()).endsWith("/items.json");
		assertThat(view.get("settings").get("titlePath").asString()).isEqualTo("/t");
		assertThat(view.get("intervalMinutes").asInt()).isEqualTo(15);
		assertThat(view.get("enabled").asBoolean()).isFalse();
		Response bad = api().put("/feeds/" + feed, this.adminA, this.siteA.ref(),
				Map.of("columnId", column, "kind", "SCRAPE", "url", url("/list.html")));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.errorFields()).containsExactly("settings.itemSelector");
		assertThat(api()
			.put("/feeds/987654321", this.adminA, this.siteA.ref(),
					Map.of("columnId", column, "kind", "RSS", "url", url("/rss.xml")))
			.status()).isEqualTo(404);
	}

	private long feed(long column, String kind, String path, Map<String, String> settings) {
		Response created = api().post("/feeds", this.adminA, this.siteA.ref(),
				Map.of("columnId", column, "kind", kind, "url", url(path), "settings", settings));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private JsonNode poll(long feed) {
		Response polled = api().post("/feeds/" + feed + "/poll", this.adminA, this.siteA.ref(), Map.of());
		assertThat(polled.status()).as(polled.body()).isEqualTo(200);
		return polled.json();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

}
