package cn.govsite.content.template;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
 * A site admin keeps versions of the site's templates: saves (unsafe ones refused),
 * previews against the site's real content without publishing, activates (the site is
 * re-rendered in the background), rolls back to the previous version and to the platform
 * default.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateTests extends ContentIntegrationTest {

	private static final String EXECUTE = "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}";

	@Autowired
	private ObjectStorage storage;

	@Autowired
	private StorageProperties storageProperties;

	private TestSite site;

	private String admin;

	private long article;

	@BeforeAll
	void site() {
		this.site = siteFromEvent("市民政局");
		this.admin = userWith(this.site, "site-admin");
		long column = directColumn(this.site, "民政动态");
		this.article = draft(this.admin, this.site, column, "民政局召开养老服务推进会", "会议部署养老服务工作。");
		assertThat(api().post("/articles/" + this.article + "/publish", this.admin, this.site.ref(), "").status())
			.isEqualTo(200);
	}

	@Test
	void everyTemplateStartsFromThePlatformDefault() {
		JsonNode list = api().get("/templates", this.admin, this.site.ref()).json();
		assertThat(list.valueStream().map(t -> t.get("name").asString())).contains("_layout", "index", "column",
				"article", "interpretation", "guide", "search", "sitemap", "archive-banner", "error", "maintenance");
		TestSite fresh = siteFromEvent("市水利局");
		String freshAdmin = userWith(fresh, "site-admin");
		JsonNode detail = api().get("/templates/article", freshAdmin, fresh.ref()).json();
		assertThat(detail.get("overridden").asBoolean()).isFalse();
		assertThat(detail.get("source").asString()).contains("<#import \"_layout.ftlh\" as layout>");
		assertThat(api().get("/templates/nonsense", freshAdmin, fresh.ref()).status()).isEqualTo(404);
	}

	@Test
	void aVersionIsPreviewedActivatedAndRolledBack() {
		String page = this.site.code() + "/articles/" + this.article + ".html";
		Response v1 = api().post("/templates/article/versions", this.admin, this.site.ref(),
				Map.of("source", article("定制模板一"), "note", "第一版"));
		assertThat(v1.status()).isEqualTo(201);
		int first = v1.json().get("version").asInt();
		assertThat(v1.json().get("state").asString()).isEqualTo("DRAFT");
		// A draft changes nothing that is live.
		assertThat(stored(page)).doesNotContain("定制模板一");

		long filesBefore = publishedFiles();
		String hashBefore = recordedHash(page);
		Response preview = api().post("/templates/article/preview", this.admin, this.site.ref(),
				Map.of("version", first, "articleId", this.article));
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.header("Content-Type")).startsWith("text/html");
		assertThat(preview.header("Content-Security-Policy")).isEqualTo("sandbox");
		assertThat(preview.body()).contains("定制模板一", "民政局召开养老服务推进会", "民政动态");
		// An unsaved source previews too; neither preview published or recorded anything.
		assertThat(api()
			.post("/templates/index/preview", this.admin, this.site.ref(), Map.of("source", "<p>首页预览 ${site.name}</p>"))
			.body()).isEqualTo("<p>首页预览 市民政局</p>");
		assertThat(stored(page)).doesNotContain("定制模板一");
		assertThat(publishedFiles()).isEqualTo(filesBefore);
		assertThat(recordedHash(page)).isEqualTo(hashBefore);

		assertThat(activate("article", first).get("state").asString()).isEqualTo("ACTIVE");
		awaitPage(page, "定制模板一");

		int second = api()
			.post("/templates/article/versions", this.admin, this.site.ref(), Map.of("source", article("定制模板二")))
			.json()
			.get("version")
			.asInt();
		assertThat(second).isEqualTo(first + 1);
		activate("article", second);
		awaitPage(page, "定制模板二");
		JsonNode detail = api().get("/templates/article", this.admin, this.site.ref()).json();
		assertThat(detail.get("activeVersion").asInt()).isEqualTo(second);

		Response rollback = api().post("/templates/article/rollback", this.admin, this.site.ref(), "{}");
		assertThat(rollback.status()).isEqualTo(200);
		assertThat(rollback.json().get("activeVersion").asInt()).isEqualTo(first);
		awaitPage(page, "定制模板一");

		JsonNode toDefault = api().post("/templates/article/rollback", this.admin, this.site.ref(), "{}").json();
		assertThat(toDefault.get("overridden").asBoolean()).isFalse();
		await().atMost(Duration.ofSeconds(60)).until(() -> !stored(page).contains("定制模板"));
		Response nothingLeft = api().post("/templates/article/rollback", this.admin, this.site.ref(), "{}");
		assertThat(nothingLeft.status()).isEqualTo(409);
		assertThat(nothingLeft.json().get("detailEn").asString()).contains("platform default");
	}

	@Test
	void aMaliciousTemplateIsRefusedWithReasonsInBothLanguages() {
		Response refused = api().post("/templates/index/versions", this.admin, this.site.ref(),
				Map.of("source", EXECUTE));
		assertThat(refused.status()).isEqualTo(422);
		JsonNode problem = refused.json();
		assertThat(problem.get("type").asString()).endsWith("/template-refused");
		assertThat(problem.get("detail").asString()).contains("模板 index");
		assertThat(problem.get("detailEn").asString()).contains("Template index");
		JsonNode error = problem.get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("source");
		assertThat(error.get("message").asString()).contains("?new");
		assertThat(error.get("messageEn").asString()).contains("disabled built-in ?new");
		assertThat(api().get("/templates/index", this.admin, this.site.ref()).json().get("versions").size()).isZero();
		// Previews are refused the same way.
		Response preview = api().post("/templates/index/preview", this.admin, this.site.ref(),
				Map.of("source", "${site?api.class.protectionDomain.classLoader}"));
		assertThat(preview.status()).isEqualTo(422);
		assertThat(preview.body()).doesNotContain("ClassLoader@");
		// Bad input at the edge: no source.
		assertThat(api().post("/templates/index/versions", this.admin, this.site.ref(), Map.of("note", "x")).status())
			.isEqualTo(400);
	}

	@Test
	void aMaliciousTemplateThatReachedTheDatabaseRendersNothing() {
		TestSite other = siteFromEvent("市应急局");
		String otherAdmin = userWith(other, "site-admin");
		long column = directColumn(other, "应急动态");
		long id = draft(otherAdmin, other, column, "应急演练通知", "正文。");
		// Written past the endpoint, as a compromised database or an old rule would.
		this.jdbc.update(
				"INSERT INTO site_template (site_id, name, version, source, state, created_by, created_at, activated_at) "
						+ "VALUES (?, 'index', 1, ?, 'ACTIVE', 'intruder', NOW(3), NOW(3))",
				other.ref().id(), EXECUTE);
		Response publish = api().post("/articles/" + id + "/publish", otherAdmin, other.ref(), "");
		assertThat(publish.status()).isEqualTo(422);
		assertThat(publish.json().get("type").asString()).endsWith("/template-refused");
		assertThat(api().get("/articles/" + id, otherAdmin, other.ref()).json().get("state").asString())
			.isEqualTo("DRAFT");
		assertThat(this.storage.get(bucket(), other.code() + "/index.html")).isEmpty();
		assertThat(this.storage.get(bucket(), other.code() + "/articles/" + id + ".html")).isEmpty();
	}

	@Test
	void onlyTheSitesAdminManagesItsTemplates() {
		TestSite other = siteFromEvent("市人社局");
		String otherAdmin = userWith(other, "site-admin");
		// An admin of another site, naming this site or its own.
		assertThat(api().get("/templates", otherAdmin, this.site.ref()).status()).isEqualTo(403);
		assertThat(api().post("/templates/index/versions", otherAdmin, this.site.ref(), Map.of("source", "<p>x</p>"))
			.status()).isEqualTo(403);
		assertThat(api().post("/templates/article/preview", otherAdmin, this.site.ref(), Map.of()).status())
			.isEqualTo(403);
		int version = api()
			.post("/templates/search/versions", this.admin, this.site.ref(), Map.of("source", "<p>本站搜索</p>"))
			.json()
			.get("version")
			.asInt();
		assertThat(api().get("/templates/search/versions/" + version, otherAdmin, other.ref()).status()).isEqualTo(404);
		assertThat(api().post("/templates/search/versions/" + version + "/activate", otherAdmin, this.site.ref(), "{}")
			.status()).isEqualTo(403);
		assertThat(api().get("/templates/search/versions/" + version, this.admin, this.site.ref())
			.json()
			.get("state")
			.asString()).isEqualTo("DRAFT");
		// An editor of the site itself may not either.
		String editor = userWith(this.site, "editor");
		assertThat(api().get("/templates", editor, this.site.ref()).status()).isEqualTo(403);
		assertThat(api().get("/templates", null, this.site.ref()).status()).isEqualTo(401);
	}

	private JsonNode activate(String name, int version) {
		Response response = api().post("/templates/" + name + "/versions/" + version + "/activate", this.admin,
				this.site.ref(), "{}");
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}

	private void awaitPage(String key, String marker) {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
			String page = stored(key);
			return page.contains(marker);
		});
	}

	private static String article(String marker) {
		return """
				<#import "_layout.ftlh" as layout>
				<@layout.page site=site nav=nav title=article.title crumbs=crumbs>
				<p class="marker">%s</p><h1>${article.title}</h1><div>${article.bodyHtml?no_esc}</div>
				</@layout.page>""".formatted(marker);
	}

	private String stored(String key) {
		return this.storage.get(bucket(), key)
			.map(object -> new String(object.content(), StandardCharsets.UTF_8))
			.orElse("");
	}

	private String recordedHash(String key) {
		return this.jdbc.queryForObject("SELECT sha256 FROM published_file WHERE site_id = ? AND object_key = ?",
				String.class, this.site.ref().id(), key);
	}

	private long publishedFiles() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM published_file WHERE site_id = ?", Long.class,
				this.site.ref().id());
	}

	private String bucket() {
		return this.storageProperties.bucket("pages");
	}

}
