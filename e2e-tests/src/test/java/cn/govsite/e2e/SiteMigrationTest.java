package cn.govsite.e2e;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import cn.govsite.common.test.Keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 整合迁移 end to end: a generated old website on loopback (several hundred pages) is
 * previewed, migrated into a site through the gateway, and migrated again; counts, dates,
 * sources, library registrations with their old URLs, the archive column, 301s from old
 * URLs on the site's host, and nothing imported twice.
 */
@ExtendWith(Platform.class)
class SiteMigrationTest {

	static final String RUN = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 3);

	static final String SITE = "qyjm" + RUN;

	static final String HOST = SITE + ".govsite.localhost";

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static Demo demo;

	static OldSite old;

	static long news;

	static long notices;

	@BeforeAll
	static void sites() {
		demo = new Demo(Platform.get());
		demo.createSite(SITE, "示范市迁移测试局", "DEPARTMENT", Demo.cityPortal(demo));
		news = demo.createColumn(SITE, "新闻动态");
		notices = demo.createColumn(SITE, "通知公告");
		old = new OldSite();
	}

	@AfterAll
	static void stop() {
		if (old != null) {
			old.close();
		}
	}

	static String mapping() {
		return """
				baseUrl: %s
				page:
				  title: h1.title
				  date: .info .date
				  source: .info .source
				  body: div.article
				sections:
				  - name: 新闻动态
				    column: %d
				    lists: [/xwdt/index.html]
				    itemLinks: ul.list a
				    nextPage: a.next
				  - name: 通知公告
				    column: %d
				    prefixes: [/tzgg/]
				archiveColumn: 历史归档
				""".formatted(old.baseUrl(), news, notices);
	}

	@Test
	void anOldSiteIsPreviewedMigratedRedirectedAndNeverImportedTwice() {
		assertThat(old.pages()).as("several hundred pages").isGreaterThan(300);

		// Strangers and bad files.
		assertThat(start(null, mapping(), false).status()).isEqualTo(401);
		String editor = Keycloak.siteUserToken(SITE, "editor");
		assertThat(start(editor, mapping(), false).status()).as("an editor is not the site's admin").isEqualTo(403);
		GatewayClient.Response bad = start(demo.operatorToken,
				"baseUrl: ftp://x\npage: {title: 'h1['}\nsections: [{name: a, column: 999999999, prefixes: [x]}]",
				false);
		assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
		assertThat(bad.body()).contains("baseUrl").contains("page.title").contains("page.body").contains("prefixes");

		// A dry run previews and writes nothing.
		GatewayClient.Response preview = start(demo.operatorToken, mapping(), true);
		assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
		assertThat(preview.json().get("counts").get("IMPORTED").asInt()).isPositive();
		assertThat(preview.json().get("lines").toString()).contains("/xwdt/2019/art1.html");
		assertThat(total("/api/content/articles?columnId=" + news)).isZero();
		assertThat(demo.gateway.get(HOST, "/api/content/migrations", demo.operatorToken).json().size()).isZero();

		// The real run.
		JsonNode job = run();
		JsonNode counts = job.get("counts");
		assertThat(counts.get("imported").asInt()).isEqualTo(OldSite.NEWS + OldSite.NOTICES);
		assertThat(counts.get("archived").asInt()).isEqualTo(OldSite.DEPARTMENT);
		assertThat(counts.get("assets").asInt()).isEqualTo(OldSite.newsFiles());
		assertThat(counts.get("failed").asInt()).as("6 pages gone and 1 image gone").isEqualTo(7);
		assertThat(counts.get("redirects").asInt())
			.isEqualTo(OldSite.NEWS + OldSite.NOTICES + OldSite.DEPARTMENT + OldSite.PRINTED + 8);
		JsonNode report = demo.gateway
			.get(HOST, "/api/content/migrations/" + job.get("id").asLong() + "/report", demo.operatorToken)
			.json();
		assertThat(report.get("failed").toString()).contains("/gone/about.html")
			.contains("/xwdt/2019/missing11.html")
			.contains("/images/gone.jpg");
		assertThat(report.get("skipped").toString()).contains("/print/art1.html").contains("DUPLICATE");
		assertThat(total("/api/content/articles?columnId=" + news)).isEqualTo(OldSite.NEWS);
		assertThat(total("/api/content/articles?columnId=" + notices)).isEqualTo(OldSite.NOTICES);

		// Old URLs answer 301 on the site's host; a duplicate goes to the same page.
		String location = redirect(OldSite.newsPath(30));
		assertThat(location).matches("/articles/\\d+\\.html");
		assertThat(redirect("/print/art5.html")).isEqualTo(redirect(OldSite.newsPath(5)));
		assertThat(redirect("/xwdt/index.html")).isEqualTo("/columns/" + news + "/index.html");
		assertThat(demo.gateway.get(HOST, "/gone/about.html", null).status()).isEqualTo(404);

		// Title, date, source and old URL kept; the image and the attachment in the
		// library.
		long article = Long.parseLong(location.replaceAll("\\D", ""));
		JsonNode item = demo.gateway.get(HOST, "/api/content/articles/" + article, demo.operatorToken).json();
		assertThat(item.get("title").asString()).isEqualTo(OldSite.newsTitle(30));
		assertThat(Instant.parse(item.get("publishedAt").asString()))
			.isEqualTo(OldSite.newsDate(30).atStartOfDay(CHINA).toInstant());
		assertThat(item.get("source").asString()).isEqualTo("示范市某局办公室");
		assertThat(item.get("state").asString()).isEqualTo("PUBLISHED");
		assertThat(item.get("origin").get("kind").asString()).isEqualTo("MIGRATE");
		assertThat(item.get("origin").get("url").asString()).isEqualTo(old.baseUrl() + "xwdt/2019/art30.html");
		List<Long> assets = assetIds(item.get("body").asString());
		assertThat(assets).hasSize(2);
		for (long asset : assets) {
			JsonNode registered = demo.gateway.get(HOST, "/api/asset/assets/" + asset, demo.operatorToken).json();
			assertThat(registered.get("state").asString()).isEqualTo("REGISTERED");
			assertThat(registered.get("sourceName").asString()).startsWith(old.baseUrl());
		}

		// The unmapped section is in the archive column, marked 已归档.
		long archived = Long.parseLong(redirect("/bmdt/d7.html").replaceAll("\\D", ""));
		JsonNode archivedItem = demo.gateway.get(HOST, "/api/content/articles/" + archived, demo.operatorToken).json();
		assertThat(archivedItem.get("archiveMark").asString()).startsWith("已归档");
		JsonNode columns = demo.gateway.get(HOST, "/api/content/columns", demo.operatorToken).json();
		assertThat(columns.toString()).contains("历史归档");

		// The site is republished: the new page is served.
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> demo.gateway.get(HOST, location, null).status() == 200);
		assertThat(demo.gateway.get(HOST, location, null).body()).contains(OldSite.newsTitle(30));

		// A second run imports nothing new.
		JsonNode again = run().get("counts");
		assertThat(again.get("imported").asInt()).isZero();
		assertThat(again.get("archived").asInt()).isZero();
		assertThat(again.get("assets").asInt()).isZero();
		assertThat(total("/api/content/articles?columnId=" + news)).isEqualTo(OldSite.NEWS);
		assertThat(redirect(OldSite.newsPath(30))).isEqualTo(location);
	}

	private JsonNode run() {
		GatewayClient.Response created = start(demo.operatorToken, mapping(), false);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		String[] state = { "" };
		await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(3)).until(() -> {
			state[0] = demo.gateway.get(HOST, "/api/content/migrations/" + id, demo.operatorToken)
				.json()
				.get("state")
				.asString();
			return !state[0].equals("QUEUED") && !state[0].equals("RUNNING");
		});
		JsonNode job = demo.gateway.get(HOST, "/api/content/migrations/" + id, demo.operatorToken).json();
		assertThat(state[0]).as(job.toString()).isEqualTo("DONE");
		Duration took = Duration.between(Instant.parse(job.get("startedAt").asString()),
				Instant.parse(job.get("finishedAt").asString()));
		System.out.printf("Migration job %d: %d old pages, %s in %d s%n", id, old.pages(), job.get("counts"),
				took.toSeconds());
		return job;
	}

	private static String redirect(String oldPath) {
		GatewayClient.Response response = demo.gateway.get(HOST, oldPath, null);
		assertThat(response.status()).as("%s: %s", oldPath, response).isEqualTo(301);
		return response.header("Location");
	}

	private static long total(String path) {
		GatewayClient.Response response = demo.gateway.get(HOST, path, demo.operatorToken);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().get("total").asLong();
	}

	private static List<Long> assetIds(String body) {
		List<Long> ids = new ArrayList<>();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("/assets/(\\d+)/content").matcher(body);
		while (matcher.find()) {
			ids.add(Long.parseLong(matcher.group(1)));
		}
		return ids;
	}

	private static GatewayClient.Response start(String token, String mapping, boolean dryRun) {
		String boundary = "----govsite" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"mapping\"; filename=\"mapping.yaml\""
						+ "\r\nContent-Type: application/yaml\r\n\r\n" + mapping + "\r\n--" + boundary + "--\r\n")
					.getBytes(StandardCharsets.UTF_8));
		return demo.gateway.send(demo.gateway.request(HOST, "/api/content/migrations?dryRun=" + dryRun, token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

}
