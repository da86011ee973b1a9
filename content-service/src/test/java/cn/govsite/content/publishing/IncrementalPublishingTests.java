package cn.govsite.content.publishing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import cn.govsite.common.storage.ObjectStorage;
import cn.govsite.common.storage.StorageProperties;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Publishing re-renders only the pages that depend on the article, recorded under one
 * render job; a site republish renders everything in the background with progress.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalPublishingTests extends ContentIntegrationTest {

	@Autowired
	private ObjectStorage storage;

	@Autowired
	private StorageProperties storageProperties;

	@Autowired
	private PageStore store;

	@Autowired
	private ColumnTreeWatch watch;

	private TestSite site;

	private String admin;

	private long affairs;

	private long notices;

	private long news;

	private long firstNotice;

	private long firstNews;

	@BeforeAll
	void site() {
		this.site = siteFromEvent("市住建局");
		this.admin = userWith(this.site, "site-admin");
		this.affairs = directColumn(this.site, "政务公开");
		this.notices = childColumn("通知公告", this.affairs);
		this.news = directColumn(this.site, "新闻中心");
		this.firstNotice = publish(draft(this.admin, this.site, this.notices, "关于开展安全检查的通知", "正文。"));
		this.firstNews = publish(draft(this.admin, this.site, this.news, "市住建局召开工作会议", "正文。"));
	}

	@Test
	@Order(1)
	void publishingRendersTheArticleHomeAndTheListsOfItsColumnAndAncestorsOnly() {
		String code = this.site.code();
		String untouchedNotice = key("articles/" + this.firstNotice + ".html");
		String untouchedNewsList = key("columns/" + this.news + "/index.html");
		Long noticeJob = jobOf(untouchedNotice);
		Long newsListJob = jobOf(untouchedNewsList);
		long writesBefore = this.store.writes(this.site.code());

		long id = draft(this.admin, this.site, this.notices, "关于征集意见的公告", "正文。");
		Response published = api().post("/articles/" + id + "/publish", this.admin, this.site.ref(), "");
		assertThat(published.status()).isEqualTo(200);
		JsonNode result = published.json();

		Set<String> expected = Set.of(key("articles/" + id + ".html"), key("index.html"),
				key("columns/" + this.notices + "/index.html"), key("columns/" + this.notices + "/list-1.html"),
				key("columns/" + this.affairs + "/index.html"), key("columns/" + this.affairs + "/list-1.html"));
		assertThat(this.store.writes(this.site.code()) - writesBefore).isEqualTo(expected.size());
		assertThat(keys(result.get("files"))).containsExactly(key("articles/" + id + ".html"), key("index.html"));
		assertThat(keys(result.get("alsoWritten"))).containsExactlyInAnyOrderElementsOf(expected.stream()
			.filter(k -> !k.endsWith("/articles/" + id + ".html") && !k.equals(code + "/index.html"))
			.toList());
		long job = result.get("jobId").asLong();
		assertThat(this.jdbc.queryForList("SELECT object_key FROM published_file WHERE job_id = ?", String.class, job))
			.containsExactlyInAnyOrderElementsOf(expected);
		// The other article's page and the other column's list were not written again.
		assertThat(jobOf(untouchedNotice)).isEqualTo(noticeJob);
		assertThat(jobOf(untouchedNewsList)).isEqualTo(newsListJob);

		assertThat(page(key("columns/" + this.notices + "/index.html"))).contains("关于征集意见的公告", "关于开展安全检查的通知");
		// A parent column lists its subtree.
		assertThat(page(key("columns/" + this.affairs + "/list-1.html"))).contains("关于征集意见的公告");
		assertThat(page(key("articles/" + id + ".html"))).contains("href=\"/columns/" + this.affairs + "/\"",
				"href=\"/columns/" + this.notices + "/\"");

		JsonNode recorded = api().get("/publishing/jobs/" + job, this.admin, this.site.ref()).json();
		assertThat(recorded.get("kind").asString()).isEqualTo("PUBLISH");
		assertThat(recorded.get("state").asString()).isEqualTo("DONE");
		assertThat(recorded.get("written").asInt()).isEqualTo(expected.size());
	}

	@Test
	@Order(2)
	void aNewColumnAlsoRerendersTheSiteMap() {
		long guide = childColumn("办事指南", this.affairs);
		long id = draft(this.admin, this.site, this.news, "新栏目之后的稿件", "正文。");
		Response published = api().post("/articles/" + id + "/publish", this.admin, this.site.ref(), "");
		List<String> written = keys(published.json().get("alsoWritten"));
		assertThat(written).doesNotContain(key("search.html"));
		// The publication renders the site map, unless the column watch (every minute)
		// got there first.
		boolean byWatch = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM render_job WHERE site_id = ? AND kind = 'COLUMNS'", Integer.class,
				this.site.ref().id()) > 0;
		assertThat(written.contains(key("sitemap.html")) || byWatch).isTrue();
		assertThat(page(key("sitemap.html"))).contains("办事指南", "href=\"/columns/" + guide + "/\"", "通知公告");
	}

	@Test
	@Order(3)
	void withdrawingRerendersTheListsWithoutTheArticle() {
		long id = publish(draft(this.admin, this.site, this.notices, "即将撤回的通知", "正文。"));
		assertThat(page(key("columns/" + this.notices + "/index.html"))).contains("即将撤回的通知");
		Response withdrawn = api().post("/articles/" + id + "/withdraw", this.admin, this.site.ref(), "{}");
		assertThat(withdrawn.status()).isEqualTo(200);
		assertThat(keys(withdrawn.json().get("alsoWritten"))).contains(key("columns/" + this.notices + "/index.html"),
				key("columns/" + this.affairs + "/index.html"));
		assertThat(page(key("columns/" + this.notices + "/index.html"))).doesNotContain("即将撤回的通知");
		assertThat(page(key("columns/" + this.affairs + "/list-1.html"))).doesNotContain("即将撤回的通知");
	}

	@Test
	@Order(4)
	void aSiteRepublishRendersEveryPageInTheBackgroundWithProgress() {
		Response queued = api().post("/publishing/republish", this.admin, this.site.ref(), "{}");
		assertThat(queued.status()).isEqualTo(202);
		long job = queued.json().get("id").asLong();
		assertThat(queued.json().get("kind").asString()).isEqualTo("REPUBLISH");
		JsonNode done = await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> api().get("/publishing/jobs/" + job, this.admin, this.site.ref()).json(),
					j -> "DONE".equals(j.get("state").asString()));
		int published = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM article WHERE site_id = ? AND state = 'PUBLISHED'", Integer.class,
				this.site.ref().id());
		int columns = this.jdbc.queryForObject("SELECT COUNT(*) FROM site_column WHERE site_id = ?", Integer.class,
				this.site.ref().id());
		// Home, site map, search, 404, maintenance, the 关怀版 script, 政民互动 and its
		// script, the search page's script; per column its index and one list page; every
		// published article.
		int expected = 9 + 2 * columns + published;
		assertThat(done.get("total").asInt()).isEqualTo(expected);
		assertThat(done.get("done").asInt()).isEqualTo(expected);
		assertThat(done.get("written").asInt()).isEqualTo(expected);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM published_file WHERE job_id = ?", Integer.class, job))
			.isEqualTo(expected);
		assertThat(page(key("404.html"))).contains("页面不存在");
		assertThat(this.storage.get(bucket(), key("assets/care.js")).orElseThrow().contentType())
			.startsWith("text/javascript");
	}

	@Test
	@Order(5)
	void anotherSitesUsersSeeNoJobsAndCannotRepublish() {
		TestSite other = siteFromEvent("市交通局");
		String otherAdmin = userWith(other, "site-admin");
		long job = api().post("/publishing/republish", this.admin, this.site.ref(), "{}").json().get("id").asLong();
		assertThat(api().post("/publishing/republish", otherAdmin, this.site.ref(), "{}").status()).isEqualTo(403);
		assertThat(api().get("/publishing/jobs/" + job, otherAdmin, this.site.ref()).status()).isEqualTo(403);
		assertThat(api().get("/publishing/jobs/" + job, otherAdmin, other.ref()).status()).isEqualTo(404);
		assertThat(api().get("/publishing/jobs", otherAdmin, other.ref()).json().size()).isZero();
		assertThat(api().post("/publishing/republish", userWith(this.site, "editor"), this.site.ref(), "{}").status())
			.isEqualTo(403);
	}

	@Test
	@Order(6)
	void aRepublishWhoseRunnerStoppedIsResumedWhereItGotTo() {
		// A job a stopped replica left running an hour ago, 3 pages done.
		this.jdbc.update("INSERT INTO render_job (site_id, kind, state, subject, total, done, written, created_by, "
				+ "created_at, started_at, heartbeat_at) VALUES (?, 'REPUBLISH', 'RUNNING', 'test', 0, 3, 3, 'test', "
				+ "NOW(3) - INTERVAL 1 HOUR, NOW(3) - INTERVAL 1 HOUR, NOW(3) - INTERVAL 1 HOUR)",
				this.site.ref().id());
		long job = this.jdbc.queryForObject("SELECT MAX(id) FROM render_job WHERE site_id = ? AND subject = 'test'",
				Long.class, this.site.ref().id());
		JsonNode done = await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> api().get("/publishing/jobs/" + job, this.admin, this.site.ref()).json(),
					j -> "DONE".equals(j.get("state").asString()));
		int total = done.get("total").asInt();
		assertThat(done.get("written").asInt()).isEqualTo(total);
		// Only the pages after the first three were rendered by the resumed run.
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM published_file WHERE job_id = ?", Integer.class, job))
			.isEqualTo(total - 3);
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM published_file WHERE job_id = ? AND object_key IN (?, ?, ?)", Integer.class, job,
				key("index.html"), key("sitemap.html"), key("search.html")))
			.isZero();
	}

	@Test
	@Order(7)
	void aColumnAddedWithoutPublishingReachesTheSiteMapByTheWatch() {
		long added = childColumn("政策解读", this.affairs);
		List<String> written = this.watch.check();
		assertThat(written).contains(key("sitemap.html")).noneMatch(k -> k.startsWith(this.site.code() + "/articles/"));
		assertThat(page(key("sitemap.html"))).contains("href=\"/columns/" + added + "/\">政策解读</a>");
		assertThat(this.watch.check()).noneMatch(k -> k.startsWith(this.site.code() + "/"));
	}

	private long childColumn(String name, long parent) {
		Response response = api().post("/columns", this.admin, this.site.ref(),
				Map.of("name", name, "parentId", parent, "method", "DIRECT_PUBLISH"));
		assertThat(response.status()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	private long publish(long id) {
		assertThat(api().post("/articles/" + id + "/publish", this.admin, this.site.ref(), "").status()).isEqualTo(200);
		return id;
	}

	private Long jobOf(String key) {
		return this.jdbc.queryForObject("SELECT job_id FROM published_file WHERE site_id = ? AND object_key = ?",
				Long.class, this.site.ref().id(), key);
	}

	private String key(String path) {
		return this.site.code() + "/" + path;
	}

	private static List<String> keys(JsonNode files) {
		return files.valueStream()
			.map(f -> f.isString() ? f.asString() : f.get("objectKey").asString())
			.collect(Collectors.toList());
	}

	private String page(String key) {
		return new String(this.storage.get(bucket(), key).orElseThrow().content(), StandardCharsets.UTF_8);
	}

	private String bucket() {
		return this.storageProperties.bucket("pages");
	}

}
