package cn.govsite.gateway.site;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import cn.govsite.common.test.Keycloak;
import cn.govsite.gateway.support.GatewayTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The gateway answers a site's pages by its lifecycle state; the API is not affected. */
class SiteStateTests extends GatewayTestBase {

	@Test
	void aTemporarilyOfflineSiteShowsItsNoticeWith503AndRetryAfter() {
		String code = site("TEMPORARILY_OFFLINE", "系统升级，<b>暂停</b>访问", LocalDate.now().plusDays(3).toString(), null);
		EntityExchangeResult<byte[]> page = page(code, "/articles/1.html");
		assertThat(page.getStatus().value()).isEqualTo(503);
		long retryAfter = Long.parseLong(page.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER));
		assertThat(retryAfter).isGreaterThan(Duration.ofDays(2).toSeconds()).isLessThan(Duration.ofDays(5).toSeconds());
		assertThat(page.getResponseHeaders().getContentType().toString()).startsWith("text/html");
		assertThat(text(page)).contains("网站临时维护中").contains("系统升级，&lt;b&gt;暂停&lt;/b&gt;访问");
	}

	@Test
	void anEmergencyShutdownIs503WithTheDefaultRetryAfter() {
		String code = site("EMERGENCY_SHUTDOWN", null, null, null);
		EntityExchangeResult<byte[]> page = page(code, "/");
		assertThat(page.getStatus().value()).isEqualTo(503);
		assertThat(page.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("3600");
		assertThat(text(page)).contains("网站暂停服务");
	}

	@Test
	void aClosedSiteRedirectsToItsMigrationTarget() {
		String code = site("CLOSED", "本站已并入市政府门户", null, "https://www.govsite.localhost/jyj/");
		EntityExchangeResult<byte[]> page = page(code, "/articles/9.html");
		assertThat(page.getStatus().value()).isEqualTo(301);
		assertThat(page.getResponseHeaders().getLocation()).hasToString("https://www.govsite.localhost/jyj/");
	}

	@Test
	void aClosedSiteWithoutTargetIsGoneWithItsNotice() {
		String code = site("CLOSED", "本站已关停", null, null);
		EntityExchangeResult<byte[]> page = page(code, "/");
		assertThat(page.getStatus().value()).isEqualTo(410);
		assertThat(text(page)).contains("网站已关停").contains("本站已关停");
	}

	@Test
	void aSiteNotYetOnlineDoesNotExistForThePublic() {
		for (String status : new String[] { "APPLIED", "APPROVED" }) {
			String code = site(status, null, null, null);
			EntityExchangeResult<byte[]> page = page(code, "/");
			assertThat(page.getStatus().value()).as(status).isEqualTo(404);
			assertThat(text(page)).contains("站点不存在");
		}
	}

	@Test
	void theApiKeepsWorkingInEveryState() {
		String code = site("CLOSED", "本站已关停", null, "https://www.govsite.localhost/");
		this.client.get()
			.uri("/api/tenant/public/sites/" + code)
			.header(HttpHeaders.HOST, code + ".govsite.localhost")
			.exchange()
			.expectStatus()
			.isOk();
		this.client.get()
			.uri("/api/content/columns")
			.header(HttpHeaders.HOST, code + ".govsite.localhost")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + Keycloak.token("operator", Keycloak.DEMO_PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.headers['x-govsite-site-code']")
			.isEqualTo(code);
	}

	@Test
	void aStatusChangeEvictsTheCachedSite() {
		String code = site("ONLINE", null, null, null);
		assertThat(page(code, "/").getStatus().value()).isNotEqualTo(503);
		this.stubs.setState(code, "TEMPORARILY_OFFLINE", "维护", null, null);
		// Still cached as online until the event arrives.
		assertThat(page(code, "/").getStatus().value()).isNotEqualTo(503);
		publish("SiteStatusChanged", 1, code,
				Map.of("code", code, "domain", code + ".govsite.localhost", "to", "TEMPORARILY_OFFLINE"));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(page(code, "/").getStatus().value()).isEqualTo(503));
	}

	private String site(String status, String notice, String until, String target) {
		String code = code("st");
		this.stubs.addSite(code, code + ".govsite.localhost");
		this.stubs.setState(code, status, notice, until, target);
		return code;
	}

	private EntityExchangeResult<byte[]> page(String code, String path) {
		return this.client.get()
			.uri(path)
			.header(HttpHeaders.HOST, code + ".govsite.localhost")
			.header(HttpHeaders.ACCEPT, "text/html")
			.exchange()
			.expectBody()
			.returnResult();
	}

	private static String text(EntityExchangeResult<byte[]> page) {
		return new String(page.getResponseBodyContent(), StandardCharsets.UTF_8);
	}

}
