package cn.govsite.content.migration;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crawl's decisions on a small old site held in memory: list paging, sections by list
 * and by prefix, the archive for an unmapped section, duplicates, broken pages and
 * images, library addresses in the body, dates kept.
 */
class MigrationRunTest {

	private static final String BASE = "http://old.example.gov.cn";

	private final Map<String, Fetched> site = new HashMap<>();

	private final List<String> fetched = new ArrayList<>();

	@Test
	void importsMappedSectionsArchivesTheRestAndReportsWhatItLeftOut() {
		page("/", "<a href='/xwdt/index.html'>新闻</a><a href='/tzgg/1.html'>通知</a><a href='/jgzn/1.html'>机构</a>"
				+ "<a href='/missing.html'>坏链</a><a href='/#top'>首页</a>");
		page("/xwdt/index.html", "<ul class='list'><li><a href='1.html'>一</a></li><li><a href='2.html'>二</a></li></ul>"
				+ "<a class='next' href='index_1.html'>下一页</a>");
		page("/xwdt/index_1.html",
				"<ul class='list'><li><a href='3.html'>三</a></li><li><a href='2-print.html'>二</a></li></ul>");
		page("/xwdt/1.html", item("市政府召开常务会议", "2019-03-05 09:30", "<p>会议研究了工作。</p><img src='/img/1.jpg' alt='会场'>"
				+ "<a href='/files/plan.pdf'>实施方案</a><a href='/tzgg/1.html'>相关通知</a>"));
		page("/xwdt/2.html", item("全市春季植树活动启动", "2020年4月1日", "<p>植树。</p>"));
		page("/xwdt/2-print.html", item("全市春季植树活动启动", "2020年4月1日", "<p>植树。</p>"));
		page("/xwdt/3.html", item("防汛工作部署", "2021/7/20", "<p>防汛。</p><img src='/img/broken.jpg'>"));
		page("/tzgg/1.html", item("关于做好节日值班的通知", "2022-01-28", "<p>值班。</p><img src='/img/1.jpg'>"));
		page("/jgzn/1.html", item("机构职能", "2018-06-01", "<p>职能。</p>"));
		this.site.put(BASE + "/img/1.jpg", new Fetched(200, "image/jpeg", new byte[] { 1, 2, 3 }, null, null));
		this.site.put(BASE + "/files/plan.pdf", new Fetched(200, "application/pdf", new byte[] { 4 }, null, null));

		MemoryLedger ledger = new MemoryLedger(1000);
		RecordingTarget target = new RecordingTarget();
		MigrationRun run = new MigrationRun(mapping(), ledger, target, this::fetch, 3, () -> {
		});
		run.seed();
		assertThat(run.run()).isTrue();

		Map<Ledger.Outcome, Integer> counts = ledger.counts();
		assertThat(counts.get(Ledger.Outcome.IMPORTED)).isEqualTo(4);
		assertThat(counts.get(Ledger.Outcome.ARCHIVED)).isEqualTo(1);
		assertThat(counts.get(Ledger.Outcome.DUPLICATE)).isEqualTo(1);
		assertThat(counts.get(Ledger.Outcome.LIST)).isEqualTo(2);
		assertThat(counts.get(Ledger.Outcome.REGISTERED)).isEqualTo(2);
		assertThat(failed(ledger)).containsExactlyInAnyOrder(BASE + "/missing.html", BASE + "/img/broken.jpg");
		assertThat(this.fetched).as("each page and file is read once").doesNotHaveDuplicates();

		Target.Draft first = target.drafts.get(BASE + "/xwdt/1.html");
		assertThat(first.columnId()).isEqualTo(11);
		assertThat(first.date()).isEqualTo(LocalDateTime.of(2019, 3, 5, 9, 30));
		assertThat(first.source()).isEqualTo("市政府办公室");
		assertThat(first.bodyHtml()).contains("src=\"/assets/-1/content\"")
			.contains("href=\"/assets/-2/content\"")
			.contains("href=\"/tzgg/1.html\"")
			.doesNotContain("old.example");
		assertThat(first.assetIds()).containsExactly(-2L, -1L);
		assertThat(target.drafts.get(BASE + "/xwdt/3.html").bodyHtml()).doesNotContain("<img");
		assertThat(target.drafts.get(BASE + "/xwdt/3.html").date()).isEqualTo(LocalDateTime.of(2021, 7, 20, 0, 0));
		assertThat(target.drafts.get(BASE + "/tzgg/1.html").columnId()).as("by prefix").isEqualTo(12);
		assertThat(target.drafts.get(BASE + "/tzgg/1.html").assetIds()).as("the image is registered once")
			.containsExactly(-1L);
		Target.Draft archived = target.drafts.get(BASE + "/jgzn/1.html");
		assertThat(archived.archive()).isTrue();
		assertThat(archived.columnId()).isEqualTo(99);
		assertThat(target.redirects).containsEntry("/xwdt/2-print.html", target.redirects.get("/xwdt/2.html"))
			.containsEntry("/xwdt/index.html", "/columns/11/index.html")
			.doesNotContainKey("/missing.html");
	}

	@Test
	void stopsAtTheMappingsPageLimit() {
		StringBuilder links = new StringBuilder();
		for (int i = 0; i < 50; i++) {
			links.append("<a href='/p").append(i).append(".html'>").append(i).append("</a>");
			page("/p" + i + ".html", "<p>nothing</p>");
		}
		page("/", links.toString());
		MemoryLedger ledger = new MemoryLedger(10);
		MigrationRun run = new MigrationRun(mapping(), ledger, new RecordingTarget(), this::fetch, 2, () -> {
		});
		run.seed();
		run.run();
		assertThat(ledger.lines()).hasSize(10);
	}

	@Test
	void readsAnOldGbkPageInItsOwnEncoding() {
		byte[] gbk = "<html><head><meta charset='gbk'></head><body><h1>通知公告</h1></body></html>"
			.getBytes(java.nio.charset.Charset.forName("GBK"));
		assertThat(
				MigrationRun.parse(new Fetched(200, "text/html", gbk, null, null), BASE + "/").selectFirst("h1").text())
			.isEqualTo("通知公告");
		assertThat(MigrationRun.parse(new Fetched(200, "text/html; charset=GBK", gbk, null, null), BASE + "/")
			.selectFirst("h1")
			.text()).isEqualTo("通知公告");
	}

	@Test
	void readsDatesInTheUsualChineseForms() {
		assertThat(ItemPage.parseDate("发布时间：2024年3月5日")).isEqualTo(LocalDateTime.of(2024, 3, 5, 0, 0));
		assertThat(ItemPage.parseDate("2024-03-05 08:07:06")).isEqualTo(LocalDateTime.of(2024, 3, 5, 8, 7, 6));
		assertThat(ItemPage.parseDate("2024/13/40")).isNull();
		assertThat(ItemPage.parseDate("无日期")).isNull();
	}

	private static List<String> failed(MemoryLedger ledger) {
		return ledger.lines()
			.stream()
			.filter(line -> line.result() != null && line.result().outcome() == Ledger.Outcome.FAILED)
			.map(MemoryLedger.Line::url)
			.toList();
	}

	private MigrationMapping mapping() {
		return MappingFile.parse("""
				baseUrl: http://old.example.gov.cn/
				page: {title: h1, date: .date, source: .source, body: div.article}
				sections:
				  - {name: 新闻, column: 11, lists: [/xwdt/index.html], itemLinks: ul.list a, nextPage: a.next}
				  - {name: 通知, column: 12, prefixes: [/tzgg/]}
				""");
	}

	private Fetched fetch(URI uri) {
		this.fetched.add(uri.toString());
		return this.site.getOrDefault(uri.toString(), new Fetched(404, "text/html", new byte[0], null, null));
	}

	private void page(String path, String body) {
		this.site.put(BASE + path, new Fetched(200, "text/html; charset=utf-8",
				("<html><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8), null, null));
	}

	private static String item(String title, String date, String body) {
		return "<h1>" + title + "</h1><div class='info'><span class='date'>" + date
				+ "</span><span class='source'>来源：市政府办公室</span></div><div class='article'>" + body + "</div>";
	}

}
