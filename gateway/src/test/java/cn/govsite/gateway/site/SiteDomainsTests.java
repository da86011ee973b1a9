package cn.govsite.gateway.site;

import java.net.IDN;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import cn.govsite.gateway.support.GatewayTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A site's other domains at the gateway: its Chinese domain (as browsers send it, in
 * punycode) is the site; its former English domain answers 301 to the same address on the
 * new one until tenant-service releases it, then it is nobody's.
 */
class SiteDomainsTests extends GatewayTestBase {

	@Test
	void aChineseDomainInPunycodeIsTheSite() {
		String code = code("zh");
		String ascii = IDN.toASCII("示范" + code + "局.政务");
		this.stubs.addSite(code, code + ".govsite.localhost");
		this.stubs.setOtherDomains(code, ascii, null);
		this.client.get()
			.uri("/api/content/public/columns")
			.header(HttpHeaders.HOST, ascii)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.headers['x-govsite-site-code']")
			.isEqualTo(code);
	}

	@Test
	void aFormerDomainRedirectsPagesToTheSameAddressOnTheNewOneUntilReleased() {
		String code = code("fd");
		String old = code + "-old.govsite.localhost";
		String current = code + ".govsite.localhost";
		this.stubs.addSite(code, current);
		this.stubs.setOtherDomains(code, null, old);

		EntityExchangeResult<byte[]> page = get(old + ":8080", "/columns/12/index.html?page=2");
		assertThat(page.getStatus().value()).isEqualTo(301);
		assertThat(page.getResponseHeaders().getLocation())
			.hasToString("http://" + current + ":8080/columns/12/index.html?page=2");
		// The current domain serves (no redirect loop), and the API on the old domain
		// still reaches the site.
		assertThat(get(current, "/").getStatus().value()).isNotEqualTo(301);
		this.client.get()
			.uri("/api/content/public/columns")
			.header(HttpHeaders.HOST, old)
			.exchange()
			.expectBody()
			.jsonPath("$.headers['x-govsite-site-code']")
			.isEqualTo(code);

		// Released after 3 months: tenant-service forgets it and says so by event.
		this.stubs.setOtherDomains(code, null, null);
		publish("SiteUpdated", 1, code, Map.of("code", code, "domain", current, "changedFields",
				List.of("formerDomain"), "staleHosts", List.of(old)));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(get(old, "/").getStatus().value()).isEqualTo(404));
	}

	private EntityExchangeResult<byte[]> get(String host, String path) {
		return this.client.get()
			.uri(path)
			.header(HttpHeaders.HOST, host)
			.header(HttpHeaders.ACCEPT, "text/html")
			.exchange()
			.expectBody()
			.returnResult();
	}

}
