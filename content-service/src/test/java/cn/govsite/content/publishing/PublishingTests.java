package cn.govsite.content.publishing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.MapRecord;

import cn.govsite.common.event.EventStreams;
import cn.govsite.common.storage.ObjectStorage;
import cn.govsite.common.storage.StorageProperties;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishingTests extends ContentIntegrationTest {

	@Autowired
	private ObjectStorage storage;

	@Autowired
	private StorageProperties storageProperties;

	private TestSite site;

	private String editor;

	private long column;

	@BeforeAll
	void site() {
		this.site = siteFromEvent("市教育局");
		this.editor = userWith(this.site, "editor");
		this.column = column(this.editor, this.site, "工作动态");
	}

	@Test
	void publishingWritesThePagesRecordsTheirHashesAndReportsTheEvent() {
		long id = draft(this.editor, this.site, this.column, "市教育局召开2026年全市教育工作会议",
				"会议强调，要办好人民满意的教育。\n\n会议要求，各区县教育部门要狠抓落实。");
		reviewed(this.site, this.editor, id);

		Response published = api().post("/articles/" + id + "/publish", this.editor, this.site.ref(), "");
		assertThat(published.status()).isEqualTo(200);
		JsonNode result = published.json();
		assertThat(result.get("state").asString()).isEqualTo("PUBLISHED");
		assertThat(result.get("path").asString()).isEqualTo("/articles/" + id + ".html");
		String articleKey = this.site.code() + "/articles/" + id + ".html";
		String homeKey = this.site.code() + "/index.html";
		assertThat(result.get("files").valueStream().map(f -> f.get("objectKey").asString()))
			.containsExactly(articleKey, homeKey);

		String articlePage = page(articleKey);
		assertThat(articlePage).contains("市教育局召开2026年全市教育工作会议")
			.contains("会议强调，要办好人民满意的教育。")
			.contains("会议要求，各区县教育部门要狠抓落实。")
			.contains("工作动态")
			.contains("<html lang=\"zh-CN\">")
			.contains("主办单位：市教育局");
		String homePage = page(homeKey);
		assertThat(homePage).contains("市教育局召开2026年全市教育工作会议").contains("href=\"/articles/" + id + ".html\"");

		for (String key : List.of(articleKey, homeKey)) {
			byte[] stored = this.storage.get(bucket(), key).orElseThrow().content();
			String recorded = this.jdbc.queryForObject(
					"SELECT sha256 FROM published_file WHERE site_id = ? AND object_key = ?", String.class,
					this.site.ref().id(), key);
			assertThat(recorded).isEqualTo(RenderedPage.sha256(stored)).hasSize(64);
		}

		JsonNode article = api().get("/articles/" + id, this.editor, this.site.ref()).json();
		assertThat(article.get("state").asString()).isEqualTo("PUBLISHED");
		Instant publishedAt = Instant.parse(article.get("publishedAt").asString());

		JsonNode payload = awaitEvent("ArticlePublished", id);
		assertThat(payload.get("siteId").asLong()).isEqualTo(this.site.ref().id());
		assertThat(payload.get("siteCode").asString()).isEqualTo(this.site.code());
		assertThat(payload.get("siteName").asString()).isEqualTo("市教育局");
		assertThat(payload.get("siteDomain").asString()).isEqualTo(this.site.domain());
		assertThat(payload.get("columnId").asLong()).isEqualTo(this.column);
		assertThat(payload.get("columnName").asString()).isEqualTo("工作动态");
		assertThat(payload.get("title").asString()).isEqualTo("市教育局召开2026年全市教育工作会议");
		assertThat(payload.get("bodyText").asString()).isEqualTo("会议强调，要办好人民满意的教育。\n\n会议要求，各区县教育部门要狠抓落实。");
		assertThat(Instant.parse(payload.get("publishedAt").asString())).isEqualTo(publishedAt);
		assertThat(payload.get("path").asString()).isEqualTo("/articles/" + id + ".html");
	}

	@Test
	void publishingTwiceIsRefused() {
		long id = draft(this.editor, this.site, this.column, "只能发布一次", "正文。");
		reviewed(this.site, this.editor, id);
		assertThat(api().post("/articles/" + id + "/publish", this.editor, this.site.ref(), "").status())
			.isEqualTo(200);
		Response again = api().post("/articles/" + id + "/publish", this.editor, this.site.ref(), "");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("type").asString()).endsWith("/invalid-state");
	}

	@Test
	void theHomePageListsTheNewestFirst() {
		TestSite fresh = siteFromEvent("市科技局");
		String editor = userWith(fresh, "site-admin");
		long col = directColumn(fresh, "科技动态");
		long older = draft(editor, fresh, col, "第一篇稿件", "正文一。");
		long newer = draft(editor, fresh, col, "第二篇稿件", "正文二。");
		long unpublished = draft(editor, fresh, col, "未发布的稿件", "正文三。");
		api().post("/articles/" + older + "/publish", editor, fresh.ref(), "");
		api().post("/articles/" + newer + "/publish", editor, fresh.ref(), "");

		String home = page(fresh.code() + "/index.html");
		assertThat(home).contains("第一篇稿件", "第二篇稿件").doesNotContain("未发布的稿件");
		assertThat(home.indexOf("/articles/" + newer + ".html"))
			.isLessThan(home.indexOf("/articles/" + older + ".html"));
		assertThat(home).doesNotContain("/articles/" + unpublished + ".html");
	}

	@Test
	void markupInTitleAndBodyIsEscapedInThePages() {
		long id = draft(this.editor, this.site, this.column, "<script>alert(1)</script>通知",
				"<p onmouseover=alert(2)>正文</p>");
		// The title breaks the writing rules, so it can pass neither review nor a direct
		// publish: approved here behind the checks' back to reach the templates.
		this.jdbc.update("UPDATE article SET state = 'APPROVED', approvals = 1 WHERE id = ?", id);
		assertThat(api().post("/articles/" + id + "/publish", this.editor, this.site.ref(), "").status())
			.isEqualTo(200);
		String articlePage = page(this.site.code() + "/articles/" + id + ".html");
		assertThat(articlePage).contains("&lt;script&gt;alert(1)&lt;/script&gt;通知")
			// The body is HTML now: the sanitiser dropped the handler. (An image from
			// outside the library is refused before this: MediaEnforcementTests.)
			.contains("<div class=\"body\"><p>正文</p>")
			.doesNotContain("<script>")
			.doesNotContain("onmouseover");
		assertThat(page(this.site.code() + "/index.html")).contains("&lt;script&gt;alert(1)&lt;/script&gt;通知")
			.doesNotContain("<script>");
	}

	@Test
	void reviewersMayPublishChiefsMayNot() {
		long first = draft(this.editor, this.site, this.column, "审核人员发布", "正文。");
		reviewed(this.site, this.editor, first);
		assertThat(api().post("/articles/" + first + "/publish", userWith(this.site, "reviewer"), this.site.ref(), "")
			.status()).isEqualTo(200);
		long second = draft(this.editor, this.site, this.column, "领导不直接发布", "正文。");
		reviewed(this.site, this.editor, second);
		assertThat(api().post("/articles/" + second + "/publish", userWith(this.site, "chief"), this.site.ref(), "")
			.status()).isEqualTo(403);
	}

	@Test
	void aUserOfAnotherSiteCannotPublish() {
		TestSite other = siteFromEvent("市财政局");
		String otherEditor = userWith(other, "editor");
		long otherColumn = column(otherEditor, other, "财政信息");
		long articleOfOther = draft(otherEditor, other, otherColumn, "乙站稿件", "正文。");

		assertThat(api().post("/articles/" + articleOfOther + "/publish", this.editor, other.ref(), "").status())
			.isEqualTo(403);
		assertThat(api().post("/articles/" + articleOfOther + "/publish", this.editor, this.site.ref(), "").status())
			.isEqualTo(404);
		assertThat(api().get("/articles/" + articleOfOther, otherEditor, other.ref()).json().get("state").asString())
			.isEqualTo("DRAFT");
		assertThat(this.storage.get(bucket(), other.code() + "/articles/" + articleOfOther + ".html")).isEmpty();
	}

	@Test
	void aSiteWhoseEventLagsIsFetchedFromTenantService() {
		TestSite lagging = siteFromTenantService("某某区");
		assertThat(siteReplicated(lagging)).isFalse();
		String editor = userWith(lagging, "editor");
		long col = column(editor, lagging, "区内要闻");
		long id = draft(editor, lagging, col, "区政府召开常务会议", "正文。");
		reviewed(lagging, editor, id);

		assertThat(api().post("/articles/" + id + "/publish", editor, lagging.ref(), "").status()).isEqualTo(200);
		assertThat(siteReplicated(lagging)).isTrue();
		assertThat(page(lagging.code() + "/index.html")).contains("<a href=\"/\">某某区</a>");
		assertThat(awaitEvent("ArticlePublished", id).get("siteDomain").asString()).isEqualTo(lagging.domain());
	}

	@Test
	void aSiteNobodyKnowsCannotPublish() {
		TestSite unknown = unknownSite("无此站点");
		String editor = userWith(unknown, "editor");
		long col = column(editor, unknown, "栏目");
		long id = draft(editor, unknown, col, "稿件", "正文。");
		Response response = api().post("/articles/" + id + "/publish", editor, unknown.ref(), "");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("type").asString()).endsWith("/site-not-found");
	}

	@Test
	void whenStorageRefusesNothingIsPublished() {
		TestSite broken = siteFromEvent("存储故障站");
		String editor = userWith(broken, "editor");
		long col = column(editor, broken, "栏目");
		long id = draft(editor, broken, col, "写不进去的稿件", "正文。");
		reviewed(broken, editor, id);
		// An object where the articles "folder" must be: storage refuses the page under
		// it.
		this.storage.ensureBucket(bucket());
		this.storage.put(bucket(), broken.code() + "/articles", "x".getBytes(StandardCharsets.UTF_8), "text/plain");

		Response response = api().post("/articles/" + id + "/publish", editor, broken.ref(), "");
		assertThat(response.status()).isEqualTo(503);
		assertThat(response.json().get("type").asString()).endsWith("/service-unavailable");
		assertThat(api().get("/articles/" + id, editor, broken.ref()).json().get("state").asString())
			.isEqualTo("APPROVED");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM published_file WHERE site_id = ?", Integer.class,
				broken.ref().id()))
			.isZero();
		// Making the column announced the site's new structure; publishing announced
		// nothing.
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM outbox_event WHERE site_id = ? AND event_type <> 'ColumnStructureChanged'",
				Integer.class, broken.ref().id()))
			.isZero();
	}

	@Test
	void aDraftIsPublishedDirectlyOnlyInADirectColumnAndAudited() {
		String admin = userWith(this.site, "site-admin");
		long reviewed = draft(this.editor, this.site, this.column, "未经审核的稿件", "正文。");
		// 审核发布 (the default): nobody skips review, not even a site admin.
		assertThat(api().post("/articles/" + reviewed + "/publish", this.editor, this.site.ref(), "").status())
			.isEqualTo(403);
		assertThat(api().post("/articles/" + reviewed + "/publish", admin, this.site.ref(), "").status())
			.isEqualTo(403);
		assertThat(this.storage.get(bucket(), this.site.code() + "/articles/" + reviewed + ".html")).isEmpty();

		long id = draft(this.editor, this.site, directColumn(this.site, "今日荷塘"), "直接发布的稿件", "正文。");
		assertThat(api().post("/articles/" + id + "/publish", this.editor, this.site.ref(), "").status())
			.isEqualTo(200);
		JsonNode audit = api().get("/articles/" + id + "/reviews", admin, this.site.ref()).json();
		assertThat(audit.get(audit.size() - 1).get("action").asString()).isEqualTo("DIRECT_PUBLISH");
		assertThat(audit.get(audit.size() - 1).get("role").asString()).isEqualTo("editor");
	}

	@Test
	void withdrawingRemovesThePageAndReportsIt() {
		long id = draft(this.editor, this.site, this.column, "将被撤回的稿件", "正文。");
		reviewed(this.site, this.editor, id);
		assertThat(api().post("/articles/" + id + "/publish", this.editor, this.site.ref(), "").status())
			.isEqualTo(200);
		String key = this.site.code() + "/articles/" + id + ".html";
		assertThat(this.storage.get(bucket(), key)).isPresent();

		assertThat(api().post("/articles/" + id + "/withdraw", this.editor, this.site.ref(), "{}").status())
			.isEqualTo(403);
		String reviewer = userWith(this.site, "reviewer");
		Response withdrawn = api().post("/articles/" + id + "/withdraw", reviewer, this.site.ref(),
				java.util.Map.of("opinion", "信息有误，撤稿更正"));
		assertThat(withdrawn.status()).isEqualTo(200);
		assertThat(withdrawn.json().get("state").asString()).isEqualTo("WITHDRAWN");
		assertThat(this.storage.get(bucket(), key)).isEmpty();
		assertThat(page(this.site.code() + "/index.html")).doesNotContain("/articles/" + id + ".html");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM published_file WHERE site_id = ? AND object_key = ?",
				Integer.class, this.site.ref().id(), key))
			.isZero();
		assertThat(awaitEvent("ArticleWithdrawn", id).get("path").asString()).isEqualTo("/articles/" + id + ".html");
		assertThat(api().post("/articles/" + id + "/withdraw", reviewer, this.site.ref(), "{}").status())
			.isEqualTo(409);
	}

	@Test
	void aReviewerOfAnotherSiteCannotWithdraw() {
		long id = draft(this.editor, this.site, this.column, "他站不能撤回", "正文。");
		reviewed(this.site, this.editor, id);
		api().post("/articles/" + id + "/publish", this.editor, this.site.ref(), "");
		TestSite other = siteFromEvent("市审计局");
		String otherReviewer = userWith(other, "reviewer");
		assertThat(api().post("/articles/" + id + "/withdraw", otherReviewer, this.site.ref(), "{}").status())
			.isEqualTo(403);
		assertThat(api().post("/articles/" + id + "/withdraw", otherReviewer, other.ref(), "{}").status())
			.isEqualTo(404);
		assertThat(this.storage.get(bucket(), this.site.code() + "/articles/" + id + ".html")).isPresent();
	}

	@Test
	void anApprovedArticleDueIsPublishedBySchedule() {
		String admin = userWith(this.site, "site-admin");
		Response created = api().post("/articles", this.editor, this.site.ref(), java.util.Map.of("columnId",
				this.column, "title", "定时发布的稿件", "body", "正文。", "publishAt", Instant.now().plusSeconds(2).toString()));
		long id = created.json().get("id").asLong();
		reviewed(this.site, this.editor, id);
		await().atMost(Duration.ofSeconds(40))
			.until(() -> "PUBLISHED"
				.equals(api().get("/articles/" + id, admin, this.site.ref()).json().get("state").asString()));
		assertThat(page(this.site.code() + "/articles/" + id + ".html")).contains("定时发布的稿件");
		JsonNode audit = api().get("/articles/" + id + "/reviews", admin, this.site.ref()).json();
		assertThat(audit.get(audit.size() - 1).get("action").asString()).isEqualTo("SCHEDULED_PUBLISH");
	}

	@Test
	void publishingNeedsAToken() {
		Response response = api().post("/articles/1/publish", null, this.site.ref(), "");
		assertThat(response.status()).isEqualTo(401);
	}

	/** Submitted by its author and approved by a new reviewer of the site. */
	private void reviewed(TestSite site, String author, long id) {
		assertThat(api().post("/articles/" + id + "/submit", author, site.ref(), "{}").status()).isEqualTo(200);
		assertThat(api().post("/articles/" + id + "/approve", userWith(site, "reviewer"), site.ref(), "{}").status())
			.isEqualTo(200);
	}

	private String bucket() {
		return this.storageProperties.bucket("pages");
	}

	private String page(String key) {
		Optional<ObjectStorage.StoredObject> stored = this.storage.get(bucket(), key);
		assertThat(stored).as("object %s in %s", key, bucket()).isPresent();
		assertThat(stored.get().contentType()).startsWith("text/html");
		return new String(stored.get().content(), StandardCharsets.UTF_8);
	}

	private JsonNode awaitEvent(String type, long articleId) {
		String stream = EventStreams.of(this.govsite).events();
		return await().atMost(Duration.ofSeconds(20)).until(() -> {
			List<MapRecord<String, Object, Object>> records = this.redis.opsForStream()
				.range(stream, Range.unbounded());
			for (MapRecord<String, Object, Object> record : records) {
				Object envelope = record.getValue().get("envelope");
				if (envelope == null) {
					continue;
				}
				JsonNode event = this.json.readTree(envelope.toString());
				if (type.equals(event.get("type").asString())
						&& event.get("payload").get("articleId").asLong() == articleId) {
					return event.get("payload");
				}
			}
			return null;
		}, found -> found != null);
	}

}
