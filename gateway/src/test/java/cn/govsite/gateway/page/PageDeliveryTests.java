package cn.govsite.gateway.page;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.govsite.common.storage.ObjectStorage;
import cn.govsite.common.storage.StorageProperties;
import cn.govsite.gateway.support.GatewayTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The page fast path ({@link PageDeliveryFilter}) against the full path that fills the
 * cache: the same answers, gzip, conditional GET, and everything that is not a plain hit
 * left to the full path.
 */
class PageDeliveryTests extends GatewayTestBase {

	/** Differ per request by nature. */
	private static final Set<String> PER_REQUEST = Set.of("x-request-id", "date");

	@Autowired
	ObjectStorage storage;

	@Autowired
	StorageProperties storageProperties;

	@Autowired
	PageDeliveryFilter fastPath;

	@Autowired
	PageCache pageCache;

	String bucket;

	/** Without compression of its own: WebTestClient's default client unzips answers. */
	WebTestClient raw;

	@BeforeEach
	void bucket() {
		this.bucket = this.storageProperties.bucket("pages");
		this.storage.ensureBucket(this.bucket);
		this.raw = WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.create()))
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	@Test
	void aHitIsAnsweredByTheFastPathExactlyAsTheFullPathAnsweredTheMiss() {
		String code = site("same");
		byte[] html = article();
		put(code + "/articles/1.html", html);
		for (String acceptEncoding : new String[] { null, "gzip, deflate, br" }) {
			long before = this.fastPath.hits();
			evict(code);
			EntityExchangeResult<byte[]> miss = get(code, "/articles/1.html", acceptEncoding, null);
			assertThat(this.fastPath.hits()).as("the miss took the full path").isEqualTo(before);
			EntityExchangeResult<byte[]> hit = get(code, "/articles/1.html", acceptEncoding, null);
			assertThat(this.fastPath.hits()).as("the hit took the fast path").isEqualTo(before + 1);

			assertThat(hit.getStatus().value()).isEqualTo(200).isEqualTo(miss.getStatus().value());
			assertThat(hit.getResponseBody()).isEqualTo(miss.getResponseBody());
			assertThat(headers(hit)).as(String.valueOf(acceptEncoding)).isEqualTo(headers(miss));
			assertThat(hit.getResponseHeaders().getFirst("X-Request-Id")).isNotBlank();
		}
	}

	@Test
	void gzipWhenTheClientTakesItWithItsOwnEntityTag() throws IOException {
		String code = site("gz");
		byte[] html = article();
		put(code + "/articles/2.html", html);
		EntityExchangeResult<byte[]> plain = get(code, "/articles/2.html", null, null);
		for (int i = 0; i < 2; i++) {
			EntityExchangeResult<byte[]> gzipped = get(code, "/articles/2.html", "gzip", null);
			HttpHeaders headers = gzipped.getResponseHeaders();
			assertThat(headers.getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
			assertThat(headers.getFirst(HttpHeaders.VARY)).isEqualTo("Accept-Encoding");
			assertThat(headers.getContentLength()).isEqualTo(gzipped.getResponseBody().length).isLessThan(html.length);
			assertThat(gunzip(gzipped.getResponseBody())).isEqualTo(html);
			assertThat(headers.getETag()).isNotEqualTo(plain.getResponseHeaders().getETag()).endsWith("-gzip\"");
		}
		assertThat(plain.getResponseHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isNull();
		assertThat(plain.getResponseHeaders().getFirst(HttpHeaders.VARY)).isEqualTo("Accept-Encoding");
		assertThat(plain.getResponseBody()).isEqualTo(html);
		// Refused by weight: the plain bytes.
		assertThat(get(code, "/articles/2.html", "gzip;q=0, *", null).getResponseHeaders()
			.getFirst(HttpHeaders.CONTENT_ENCODING)).isNull();
	}

	@Test
	void conditionalGetsOfEitherEncodingAre304() {
		String code = site("cond");
		put(code + "/articles/3.html", article());
		for (String acceptEncoding : new String[] { null, "gzip" }) {
			String etag = get(code, "/articles/3.html", acceptEncoding, null).getResponseHeaders().getETag();
			long before = this.fastPath.hits();
			EntityExchangeResult<byte[]> notModified = get(code, "/articles/3.html", acceptEncoding, etag);
			assertThat(this.fastPath.hits()).isEqualTo(before + 1);
			assertThat(notModified.getStatus().value()).isEqualTo(304);
			assertThat(notModified.getResponseHeaders().getETag()).isEqualTo(etag);
			assertThat(notModified.getResponseHeaders().getCacheControl()).isEqualTo("no-cache");
			assertThat(notModified.getResponseBody()).isNullOrEmpty();
			// The other encoding's tag does not match this one.
			String other = (acceptEncoding == null) ? "gzip" : null;
			assertThat(get(code, "/articles/3.html", other, etag).getStatus().value()).isEqualTo(200);
		}
	}

	@Test
	void aCachedPageOfASiteTakenOfflineGivesWayToTheMaintenancePage() {
		String code = site("off");
		put(code + "/index.html", article());
		assertThat(get(code, "/", null, null).getStatus().value()).isEqualTo(200);
		assertThat(get(code, "/", null, null).getStatus().value()).isEqualTo(200);
		this.stubs.setState(code, "TEMPORARILY_OFFLINE", "系统升级", null, null);
		publish("SiteStatusChanged", 1, code,
				Map.of("code", code, "domain", code + ".govsite.localhost", "to", "TEMPORARILY_OFFLINE"));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			EntityExchangeResult<byte[]> page = get(code, "/", null, null);
			assertThat(page.getStatus().value()).isEqualTo(503);
			assertThat(page.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
			assertThat(new String(page.getResponseBody(), StandardCharsets.UTF_8)).contains("系统升级");
		});
	}

	@Test
	void whatIsNotAPlainHitTakesTheFullPath() {
		String code = site("full");
		put(code + "/articles/4.html", article());
		get(code, "/articles/4.html", null, null);
		long before = this.fastPath.hits();
		// HEAD, an encoded path to the same page, a GET with a body, a missing page, an
		// unknown host.
		EntityExchangeResult<byte[]> head = this.client.method(HttpMethod.HEAD)
			.uri("/articles/4.html")
			.header(HttpHeaders.HOST, code + ".govsite.localhost")
			.exchange()
			.expectBody()
			.returnResult();
		assertThat(head.getStatus().value()).isEqualTo(200);
		assertThat(head.getResponseBody()).isNullOrEmpty();
		assertThat(get(code, "/articles/%34.html", null, null).getStatus().value()).isEqualTo(200);
		this.client.method(HttpMethod.GET)
			.uri("/articles/4.html")
			.header(HttpHeaders.HOST, code + ".govsite.localhost")
			.bodyValue("unexpected")
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(get(code, "/articles/404.html", null, null).getStatus().value()).isEqualTo(404);
		assertThat(get(code("nobody"), "/articles/4.html", null, null).getStatus().value()).isEqualTo(404);
		assertThat(this.fastPath.hits()).isEqualTo(before);
	}

	@Test
	void aPublishReachesTheFastPath() {
		String code = site("pub");
		put(code + "/index.html", "<p>v1</p>".getBytes(StandardCharsets.UTF_8));
		get(code, "/", null, null);
		assertThat(text(get(code, "/", null, null))).isEqualTo("<p>v1</p>");
		put(code + "/index.html", "<p>v2</p>".getBytes(StandardCharsets.UTF_8));
		assertThat(text(get(code, "/", null, null))).isEqualTo("<p>v1</p>");
		publish("SitePublished", 1, code, Map.of("siteCode", code));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(text(get(code, "/", null, null))).isEqualTo("<p>v2</p>"));
	}

	private void evict(String code) {
		this.pageCache.evictSite(code);
	}

	private static Map<String, String> headers(EntityExchangeResult<byte[]> result) {
		Map<String, String> all = new TreeMap<>();
		result.getResponseHeaders().forEach((name, values) -> {
			if (!PER_REQUEST.contains(name.toLowerCase())) {
				all.put(name.toLowerCase(), String.join(",", values));
			}
		});
		return all;
	}

	/** About 20 KB of Chinese HTML, worth compressing. */
	private static byte[] article() {
		return ("<!DOCTYPE html><html lang=\"zh-CN\"><body>" + "<p>为做好有关工作，现将有关事项通知如下。</p>\n".repeat(350)
				+ "</body></html>")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return in.readAllBytes();
		}
	}

	private String site(String stem) {
		String code = code(stem);
		this.stubs.addSite(code, code + ".govsite.localhost");
		return code;
	}

	private void put(String key, byte[] html) {
		this.storage.put(this.bucket, key, html, "text/html; charset=utf-8");
	}

	/**
	 * A GET with the given {@code Accept-Encoding} ({@code identity} for none).
	 */
	private EntityExchangeResult<byte[]> get(String code, String path, String acceptEncoding, String ifNoneMatch) {
		return this.raw.get()
			.uri(java.net.URI.create("http://127.0.0.1:" + this.port + path))
			.header(HttpHeaders.HOST, code + ".govsite.localhost")
			.headers(headers -> {
				headers.set(HttpHeaders.ACCEPT_ENCODING, (acceptEncoding != null) ? acceptEncoding : "identity");
				if (ifNoneMatch != null) {
					headers.set(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
				}
			})
			.exchange()
			.expectBody()
			.returnResult();
	}

	private static String text(EntityExchangeResult<byte[]> result) {
		return new String(result.getResponseBody(), StandardCharsets.UTF_8);
	}

}
