package cn.govsite.e2e;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import cn.govsite.common.test.Keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The foundation's story end to end, through the gateway only: the data center creates a
 * city portal and two department sites; each publishes a Chinese article; each site's
 * pages are served on its own host; one search across all sites finds both, highlighted
 * and named by site; a file goes into object storage and comes back.
 */
@ExtendWith(Platform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishAndSearchAcrossSitesTest {

	static final String RUN = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 3);

	static final String EDUCATION = "jyj" + RUN;

	static final String HEALTH = "wsj" + RUN;

	static Demo demo;

	static long educationArticle;

	static long healthArticle;

	@BeforeAll
	static void createSitesAndPublish() {
		demo = new Demo(Platform.get());
		String portal = Demo.cityPortal(demo);
		JsonNode education = demo.createSite(EDUCATION, "示范市教育局", "DEPARTMENT", portal);
		JsonNode health = demo.createSite(HEALTH, "示范市卫生健康委员会", "DEPARTMENT", portal);
		assertThat(education.get("domain").asString()).isEqualTo(EDUCATION + ".govsite.localhost");
		assertThat(health.get("domain").asString()).isEqualTo(HEALTH + ".govsite.localhost");

		long educationNews = demo.createColumn(EDUCATION, "工作动态");
		long healthNews = demo.createColumn(HEALTH, "通知公告");
		educationArticle = demo.createArticle(host(EDUCATION), educationNews, "全市中小学课后服务实现全覆盖",
				"2026年11月20日，示范市教育局召开会议，部署义务教育阶段课后服务工作。\n\n全市中小学课后服务实现全覆盖，惠及学生十二万人。");
		healthArticle = demo.createArticle(host(HEALTH), healthNews, "关于开展冬季流感疫苗接种工作的通知",
				"各区卫生健康局：为做好冬季流感防控，现就疫苗接种工作通知如下。\n\n接种点设在各社区卫生服务中心。");
		demo.publish(host(EDUCATION), educationArticle);
		demo.publish(host(HEALTH), healthArticle);
	}

	static String host(String code) {
		return code + ".govsite.localhost";
	}

	@Test
	@Order(1)
	void eachSiteServesItsPublishedPagesOnItsOwnHost() {
		GatewayClient.Response home = demo.gateway.get(host(EDUCATION), "/", null);
		GatewayClient.Response article = demo.gateway.get(host(EDUCATION), "/articles/" + educationArticle + ".html",
				null);
		GatewayClient.Response otherSite = demo.gateway.get(host(HEALTH), "/articles/" + educationArticle + ".html",
				null);

		assertThat(home.status()).as(home.toString()).isEqualTo(200);
		assertThat(home.body()).contains("示范市教育局").contains("全市中小学课后服务实现全覆盖");
		assertThat(article.status()).isEqualTo(200);
		assertThat(article.header("Content-Type")).startsWith("text/html");
		assertThat(article.body()).contains("惠及学生十二万人");
		assertThat(otherSite.status()).as("site B must not serve site A's page").isEqualTo(404);
	}

	@Test
	@Order(2)
	void aConditionalGetOfAnUnchangedPageIsNotModified() {
		GatewayClient.Response first = demo.gateway.get(host(HEALTH), "/", null);
		String etag = first.header("ETag");
		assertThat(etag).isNotBlank();

		GatewayClient.Response again = demo.gateway
			.send(demo.gateway.request(host(HEALTH), "/", null).header("If-None-Match", etag).GET());

		assertThat(again.status()).isEqualTo(304);
	}

	@Test
	@Order(3)
	void oneSearchAcrossAllSitesFindsBothArticlesWithHighlightsAndSiteNames() {
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			JsonNode result = demo.search("课后服务").json();
			assertThat(result.get("total").asLong()).isGreaterThanOrEqualTo(1);
			JsonNode hit = result.get("hits").get(0);
			assertThat(hit.get("siteName").asString()).isEqualTo("示范市教育局");
			assertThat(hit.get("titleHighlight").asString() + hit.get("snippet").asString()).contains("<em>");
			assertThat(hit.get("url").asString()).contains(host(EDUCATION))
				.endsWith("/articles/" + educationArticle + ".html");
		});
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			JsonNode result = demo.search("流感疫苗接种").json();
			List<String> sites = result.get("hits").valueStream().map(h -> h.get("siteName").asString()).toList();
			assertThat(sites).contains("示范市卫生健康委员会");
		});
	}

	@Test
	@Order(4)
	void aFileGoesIntoObjectStorageAndComesBackIdentical() {
		byte[] content = "示范市教育局 2026 年课后服务统计表\n学校,学生\n一中,1200\n".getBytes(StandardCharsets.UTF_8);
		String boundary = "govsite" + RUN;
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n课后服务统计表\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"统计表.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n";
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), content, tail);

		GatewayClient.Response uploaded = demo.gateway
			.send(demo.gateway.request(host(EDUCATION), "/api/asset/assets", demo.operatorToken)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		long id = uploaded.json().get("id").asLong();

		GatewayClient.Response downloaded = demo.gateway.get(host(EDUCATION), "/api/asset/assets/" + id + "/content",
				demo.operatorToken);
		GatewayClient.Response fromOtherSite = demo.gateway.get(host(HEALTH), "/api/asset/assets/" + id + "/content",
				demo.operatorToken);

		assertThat(downloaded.status()).isEqualTo(200);
		assertThat(downloaded.bytes()).isEqualTo(content);
		assertThat(fromOtherSite.status()).as("an asset of site A is not found on site B").isEqualTo(404);
	}

	@Test
	@Order(5)
	void badInputGetsClearAnswers() {
		GatewayClient.Response unknownHost = demo.gateway.get("nosuchsite.govsite.localhost", "/", null);
		GatewayClient.Response malformed = demo.gateway.postJson(host(EDUCATION), "/api/content/articles",
				demo.operatorToken, "{\"title\": \"缺少结尾");
		GatewayClient.Response noToken = demo.gateway.postJson(host(EDUCATION), "/api/content/articles", null,
				"{\"title\": \"标题\"}");

		assertThat(unknownHost.status()).isEqualTo(404);
		assertThat(unknownHost.header("Content-Type")).startsWith("text/html");
		assertThat(unknownHost.body()).contains("站点不存在");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
		assertThat(malformed.json().get("type").asString()).endsWith("/malformed-request");
		assertThat(noToken.status()).isEqualTo(401);
		assertThat(noToken.json().get("titleEn").asString()).isEqualTo("Authentication required");
	}

	@Test
	@Order(6)
	void anEditorOfOneSiteCannotWorkOnAnother() {
		String editor = "e2e-editor-" + RUN;
		Keycloak.createUser(editor, List.of("/sites/" + EDUCATION + "/editor"), List.of());
		String token = Keycloak.token(editor, Keycloak.DEMO_PASSWORD);

		GatewayClient.Response own = demo.gateway.get(host(EDUCATION), "/api/content/articles/" + educationArticle,
				token);
		GatewayClient.Response other = demo.gateway.get(host(HEALTH), "/api/content/articles/" + healthArticle, token);
		GatewayClient.Response otherByHeader = demo.gateway
			.send(demo.gateway.request(null, "/api/content/articles/" + healthArticle, token)
				.header("X-Govsite-Site", HEALTH)
				.GET());

		assertThat(own.status()).as(own.toString()).isEqualTo(200);
		assertThat(other.status()).isEqualTo(403);
		assertThat(otherByHeader.status()).isEqualTo(403);
	}

	@Test
	@Order(7)
	void everyServiceAnswersTheProbesKubernetesUses() {
		Platform platform = Platform.get();
		for (ServiceProcess service : List.of(platform.tenant, platform.content, platform.search, platform.asset,
				platform.gateway)) {
			for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
				GatewayClient.Response answer = new GatewayClient(service.url()).get(null, probe, null);
				assertThat(answer.status()).as("%s %s", service.url(), probe).isEqualTo(200);
				assertThat(answer.body()).contains("\"UP\"");
			}
		}
	}

	private static byte[] concat(byte[]... parts) {
		int size = 0;
		for (byte[] part : parts) {
			size += part.length;
		}
		byte[] all = new byte[size];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

}
