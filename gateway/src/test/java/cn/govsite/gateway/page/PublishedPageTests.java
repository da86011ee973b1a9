package cn.govsite.gateway.page;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import cn.govsite.common.storage.ObjectStorage;
import cn.govsite.common.storage.StorageProperties;
import cn.govsite.gateway.support.GatewayTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PublishedPageTests extends GatewayTestBase {

	@Autowired
	ObjectStorage storage;

	@Autowired
	StorageProperties storageProperties;

	String bucket;

	@BeforeEach
	void bucket() {
		this.bucket = this.storageProperties.bucket("pages");
		this.storage.ensureBucket(this.bucket);
	}

	@Test
	void servesTheHomePageWithCachingAndSecurityHeaders() {
		String code = site("home");
		put(code + "/index.html", "<h1>首页</h1>");
		EntityExchangeResult<byte[]> page = get(code, "/");
		assertThat(page.getStatus().value()).isEqualTo(200);
		assertThat(text(page)).isEqualTo("<h1>首页</h1>");
		HttpHeaders headers = page.getResponseHeaders();
		assertThat(headers.getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(headers.getETag()).startsWith("\"");
		assertThat(headers.getCacheControl()).isEqualTo("no-cache");
		assertThat(headers.getFirst("Content-Security-Policy"))
			.isEqualTo("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'");
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
	}

	@Test
	void answersNotModifiedToAMatchingEtag() {
		String code = site("etag");
		put(code + "/articles/12.html", "<p>正文</p>");
		String etag = get(code, "/articles/12.html").getResponseHeaders().getETag();
		this.client.get()
			.uri("/articles/12.html")
			.header(HttpHeaders.HOST, code + ".govsite.localhost")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, etag)
			.expectBody()
			.isEmpty();
		this.client.get()
			.uri("/articles/12.html")
			.header(HttpHeaders.HOST, code + ".govsite.localhost")
			.header(HttpHeaders.IF_NONE_MATCH, "\"something-else\"")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void aDirectoryMeansItsIndex() {
		String code = site("dir");
		put(code + "/zwgk/index.html", "<p>政务公开</p>");
		assertThat(text(get(code, "/zwgk/"))).isEqualTo("<p>政务公开</p>");
	}

	@Test
	void aMissingPageIsABilingual404Page() {
		String code = site("missing");
		EntityExchangeResult<byte[]> page = get(code, "/articles/404404.html");
		assertThat(page.getStatus().value()).isEqualTo(404);
		assertThat(page.getResponseHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(text(page)).contains("页面不存在").contains("Page not found").doesNotContain("Exception");
	}

	@Test
	void aSitesOwn404PageIsServedWhenItHasOne() {
		String code = site("own404");
		put(code + "/404.html", "<p>本站页面不存在</p>");
		EntityExchangeResult<byte[]> page = get(code, "/articles/404404.html");
		assertThat(page.getStatus().value()).isEqualTo(404);
		assertThat(page.getResponseHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(text(page)).isEqualTo("<p>本站页面不存在</p>");
		assertThat(get(code, "/404.html").getStatus().value()).isEqualTo(200);
	}

	@Test
	void withdrawalsRepublishesAndRestorationsEvictTheSitesCachedPages() {
		String code = site("evict");
		long id = siteId(code);
		int version = 1;
		put(code + "/index.html", "<p>v1</p>");
		assertThat(text(get(code, "/"))).isEqualTo("<p>v1</p>");
		for (String type : new String[] { "ArticleWithdrawn", "SitePublished", "PageTampered" }) {
			version++;
			String next = "<p>v" + version + "</p>";
			put(code + "/index.html", next);
			assertThat(text(get(code, "/"))).as(type).isNotEqualTo(next);
			publish(type, id, code, Map.of("siteId", id, "siteCode", code));
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(text(get(code, "/"))).as(type).isEqualTo(next));
		}
	}

	@Test
	void anUnknownHostIsSiteNotFound() {
		String host = code("nobody") + ".govsite.localhost";
		EntityExchangeResult<byte[]> page = this.client.get()
			.uri("/")
			.header(HttpHeaders.HOST, host)
			.header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8")
			.exchange()
			.expectBody()
			.returnResult();
		assertThat(page.getStatus().value()).isEqualTo(404);
		assertThat(text(page)).contains("站点不存在").contains("Site not found");

		byte[] body = this.client.get()
			.uri("/")
			.header(HttpHeaders.HOST, host)
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(this.json.readTree(body).path("type").asString()).endsWith("/site-not-found");
	}

	@Test
	void pathsThatLeaveTheSiteAreRefused() {
		String code = site("trav");
		put(code + "/index.html", "<p>ok</p>");
		for (String path : new String[] { "/%2e%2e/secret.html", "/a/%2E%2E/%2e%2e/x.html", "/a%2fb.html",
				"/%252e%252e/x.html", "/a%5c..%5cb" }) {
			EntityExchangeResult<byte[]> page = get(code, path);
			assertThat(page.getStatus().value()).as(path).isEqualTo(400);
			assertThat(text(page)).as(path).contains("请求的地址无效");
		}
	}

	@Test
	void publishingEvictsTheSitesCachedPages() {
		String code = site("pub");
		long id = siteId(code);
		put(code + "/index.html", "<p>v1</p>");
		assertThat(text(get(code, "/"))).isEqualTo("<p>v1</p>");
		put(code + "/index.html", "<p>v2</p>");
		// Served from memory until the site publishes.
		assertThat(text(get(code, "/"))).isEqualTo("<p>v1</p>");

		publish("ArticlePublished", id, code,
				Map.of("articleId", 12, "siteId", id, "siteCode", code, "path", "/articles/12.html", "title", "新闻"));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(text(get(code, "/"))).isEqualTo("<p>v2</p>"));
	}

	@Test
	void aNewSiteIsServedAsSoonAsItIsCreated() {
		String code = code("new");
		String host = code + ".govsite.localhost";
		put(code + "/index.html", "<p>新站点</p>");
		assertThat(get(code, "/").getStatus().value()).isEqualTo(404);

		long id = this.stubs.addSite(code, host);
		// "No such site" is cached: still unknown, and tenant-service is not asked again.
		assertThat(get(code, "/").getStatus().value()).isEqualTo(404);
		assertThat(this.stubs.hostLookups(host)).isEqualTo(1);

		publish("SiteCreated", id, code,
				Map.of("siteId", id, "code", code, "name", "新站点", "kind", "DEPARTMENT", "parentId", 1, "domain", host));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(get(code, "/").getStatus().value()).isEqualTo(200));
		assertThat(this.redis.hasKey(this.properties.redis().keyPrefix() + "gateway:site:host:" + host)).isTrue();
	}

	@Test
	void pagesIgnoreTokensAndForgedSiteHeaders() {
		String code = site("tok");
		put(code + "/index.html", "<p>公开</p>");
		this.client.get()
			.uri("/")
			.header(HttpHeaders.HOST, code + ".govsite.localhost")
			.header(HttpHeaders.AUTHORIZATION, "Bearer stale")
			.exchange()
			.expectStatus()
			.isOk();
	}

	private String site(String stem) {
		String code = code(stem);
		this.stubs.addSite(code, code + ".govsite.localhost");
		return code;
	}

	private long siteId(String code) {
		byte[] body = this.client.get()
			.uri("/api/tenant/public/sites/" + code)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		JsonNode site = this.json.readTree(body);
		return site.path("id").asLong();
	}

	private void put(String key, String html) {
		this.storage.put(this.bucket, key, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
	}

	private EntityExchangeResult<byte[]> get(String code, String path) {
		return this.client.get()
			.uri(java.net.URI.create("http://127.0.0.1:" + this.port + path))
			.header(HttpHeaders.HOST, code + ".govsite.localhost")
			.exchange()
			.expectBody()
			.returnResult();
	}

	private static String text(EntityExchangeResult<byte[]> result) {
		byte[] body = result.getResponseBody();
		return (body != null) ? new String(body, StandardCharsets.UTF_8) : "";
	}

}
