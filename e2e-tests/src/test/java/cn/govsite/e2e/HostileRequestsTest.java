package cn.govsite.e2e;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile requests through the gateway to the real services: path traversal in page
 * paths, object keys and template names; oversized, deeply nested and malformed (invalid
 * UTF-8) bodies. Each is refused with a problem (never a 5xx or a stack trace), reaches
 * nothing of another site, and leaves no half-written change.
 */
@ExtendWith(Platform.class)
class HostileRequestsTest {

	static final String RUN = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 3);

	static final String ATTACKER = "hxa" + RUN;

	static final String VICTIM = "hxv" + RUN;

	static final String VICTIM_TITLE = "受害站点的内部通知";

	static Demo demo;

	static long attackerColumn;

	static final List<String> refusals = new ArrayList<>();

	@BeforeAll
	static void twoSites() {
		demo = new Demo(Platform.get());
		String portal = Demo.cityPortal(demo);
		demo.createSite(ATTACKER, "恶意输入测试局", "DEPARTMENT", portal);
		demo.createSite(VICTIM, "受害测试局", "DEPARTMENT", portal);
		attackerColumn = demo.createColumn(ATTACKER, "工作动态");
		long victimColumn = demo.createColumn(VICTIM, "通知公告");
		long article = demo.createArticle(host(VICTIM), victimColumn, VICTIM_TITLE, "只应在受害站点上看到的正文。");
		demo.publish(host(VICTIM), article);
		demo.publish(host(ATTACKER), demo.createArticle(host(ATTACKER), attackerColumn, "正常文章", "正常的正文。"));
	}

	@AfterAll
	static void figures() {
		System.out.printf("hostile requests: %d refused, each with a problem; 0 answered with a 5xx%n",
				refusals.size());
	}

	static String host(String code) {
		return code + ".govsite.localhost";
	}

	@Test
	void pagePathsThatClimbOutOfTheSiteNeverServeAnotherSitesPages() {
		List<String> paths = List.of("/%2e%2e/" + VICTIM + "/index.html", "/..%2f" + VICTIM + "%2findex.html",
				"/%2e%2e%2f" + VICTIM + "%2findex.html", "/articles/..%2f..%2f" + VICTIM + "%2findex.html",
				"/..%5c" + VICTIM + "%5cindex.html", "/....//" + VICTIM + "/index.html",
				"/%252e%252e/" + VICTIM + "/index.html", "/columns/%2e%2e/%2e%2e/" + VICTIM + "/sitemap.html",
				"/%c0%ae%c0%ae/" + VICTIM + "/index.html", "/" + VICTIM + "/index.html");
		for (String path : paths) {
			GatewayClient.Response page = demo.gateway.get(host(ATTACKER), path, null);
			assertThat(page.status()).as("GET %s on the attacker's host", path).isBetween(400, 499);
			assertThat(page.body()).as(path).doesNotContain(VICTIM_TITLE).doesNotContain("受害测试局");
			refusals.add(path);
		}
	}

	@Test
	void objectKeysAndTemplateNamesWithTraversalAreRefusedWithAProblem() {
		List<String> paths = List.of("/api/asset/assets/..%2f..%2fetc%2fpasswd", "/api/asset/assets/1%2f..%2f..%2f2",
				"/api/asset/assets/..%2f" + VICTIM + "/content", "/api/content/templates/..%2f..%2fetc%2fpasswd",
				"/api/content/templates/%2e%2e%2f%2e%2e%2fapplication.yml", "/api/content/templates/..%5c..%5cpom.xml");
		for (String path : paths) {
			GatewayClient.Response answer = demo.gateway
				.send(demo.gateway.request(null, path, demo.operatorToken).header("X-Govsite-Site", ATTACKER).GET());
			assertThat(answer.status()).as("GET %s: %s", path, answer).isBetween(400, 499);
			assertProblem(path, answer);
			assertThat(answer.body()).doesNotContain("root:x:0:0").doesNotContain("spring:").doesNotContain("<project");
		}
		GatewayClient.Response save = demo.gateway
			.send(demo.gateway.request(null, "/api/content/templates/..%2f..%2fhome/versions", demo.operatorToken)
				.header("X-Govsite-Site", ATTACKER)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"source\":\"<h1>x</h1>\"}")));
		assertThat(save.status()).as("saving a template under a climbing name: %s", save).isBetween(400, 499);
		assertProblem("template save", save);
	}

	@Test
	void anOversizedBodyIsRefusedAtTheEdgeAndSavesNothing() {
		String title = "超大正文" + RUN;
		String body = "{\"columnId\":" + attackerColumn + ",\"title\":\"" + title + "\",\"body\":\""
				+ "很长的正文".repeat(600_000) + "\"}";
		GatewayClient.Response answer = post(body.getBytes(StandardCharsets.UTF_8));
		assertThat(answer.status()).as("a 9 MB body: %s", answer).isEqualTo(413);
		assertProblem("oversized", answer);
		assertNotSaved(title);
	}

	@Test
	void deeplyNestedJsonIsRefusedAndSavesNothing() {
		String title = "深层嵌套" + RUN;
		int depth = 50_000;
		String body = "{\"columnId\":" + attackerColumn + ",\"title\":\"" + title + "\",\"body\":\"正文\",\"fields\":"
				+ "[".repeat(depth) + "]".repeat(depth) + "}";
		GatewayClient.Response answer = post(body.getBytes(StandardCharsets.UTF_8));
		assertThat(answer.status()).as("JSON nested %d deep: %s", depth, answer).isEqualTo(400);
		assertProblem("deep JSON", answer);
		assertNotSaved(title);
	}

	@Test
	void malformedUtf8IsRefusedAndSavesNothing() {
		String title = "坏编码" + RUN;
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("{\"columnId\":" + attackerColumn + ",\"title\":\"" + title).getBytes(StandardCharsets.UTF_8));
		// An overlong encoding of '/', a lone continuation byte and a truncated sequence.
		body.writeBytes(new byte[] { (byte) 0xC0, (byte) 0xAF, (byte) 0x80, (byte) 0xE4, (byte) 0xB8 });
		body.writeBytes("\",\"body\":\"正文\"}".getBytes(StandardCharsets.UTF_8));
		GatewayClient.Response answer = post(body.toByteArray());
		assertThat(answer.status()).as("invalid UTF-8: %s", answer).isEqualTo(400);
		assertProblem("malformed UTF-8", answer);
		assertNotSaved(title);
	}

	private static GatewayClient.Response post(byte[] json) {
		return demo.gateway.send(demo.gateway.request(host(ATTACKER), "/api/content/articles", demo.operatorToken)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(json)));
	}

	private static void assertProblem(String what, GatewayClient.Response answer) {
		assertThat(answer.header("Content-Type")).as("%s: %s", what, answer).startsWith("application/problem+json");
		assertThat(answer.json().path("title").asString()).as(what).isNotBlank();
		assertThat(answer.json().path("titleEn").asString()).as(what).isNotBlank();
		assertThat(answer.body()).as(what).doesNotContain("Exception").doesNotContain("\tat ");
		refusals.add(what);
	}

	private static void assertNotSaved(String title) {
		GatewayClient.Response list = demo.gateway.get(host(ATTACKER),
				"/api/content/articles?columnId=" + attackerColumn, demo.operatorToken);
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		assertThat(list.body()).as("nothing half-written").doesNotContain(title);
	}

}
