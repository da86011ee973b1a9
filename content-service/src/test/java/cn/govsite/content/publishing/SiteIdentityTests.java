package cn.govsite.content.publishing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.govsite.common.storage.ObjectStorage;
import cn.govsite.common.storage.StorageProperties;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The footer shows what tenant-service last said about the site's identity
 * ({@code SiteUpdated}): units, 标识码, records and the Chinese domain; a field cleared
 * there is cleared here, and another site's footer shows none of it.
 */
class SiteIdentityTests extends ContentIntegrationTest {

	@Autowired
	private ObjectStorage storage;

	@Autowired
	private StorageProperties storageProperties;

	@Test
	void theFooterFollowsTheSitesIdentityAndItsChineseDomain() {
		TestSite site = siteFromEvent("示范市教育局");
		TestSite other = siteFromEvent("示范市卫健委");
		String admin = userWith(site, "site-admin");
		updated(site, "示范市教育局.政务", "6199000101");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "示范市教育局.政务".equals(this.jdbc.queryForObject(
					"SELECT MAX(chinese_domain) FROM site_identity WHERE site_id = ?", String.class, site.ref().id())));
		republish(site, admin);
		assertThat(home(site)).contains("中文域名：示范市教育局.政务", "网站标识码：6199000101", "主办单位：示范市教育局");

		// Released at tenant-service: the next rendering drops it.
		updated(site, null, "6199000101");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM site_identity WHERE site_id = ?" + " AND chinese_domain IS NULL",
					Integer.class, site.ref().id()) == 1);
		republish(site, admin);
		assertThat(home(site)).doesNotContain("中文域名").contains("网站标识码：6199000101");

		String otherAdmin = userWith(other, "site-admin");
		republish(other, otherAdmin);
		assertThat(home(other)).doesNotContain("示范市教育局.政务", "6199000101");
	}

	private void updated(TestSite site, String chineseDomain, String identifier) {
		Map<String, Object> payload = new HashMap<>();
		payload.put("siteId", site.ref().id());
		payload.put("code", site.code());
		payload.put("name", site.name());
		payload.put("sponsorUnit", "示范市教育局");
		payload.put("siteIdentifier", identifier);
		payload.put("partyGovLabel", true);
		payload.put("chineseDomain", chineseDomain);
		event("SiteUpdated", site, payload);
	}

	private void republish(TestSite site, String token) {
		Response queued = api().post("/publishing/republish", token, site.ref(), "{}");
		assertThat(queued.status()).as(queued.body()).isEqualTo(202);
		long job = queued.json().get("id").asLong();
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> api().get("/publishing/jobs/" + job, token, site.ref()).json(),
					j -> "DONE".equals(j.get("state").asString()));
	}

	private String home(TestSite site) {
		return this.storage.get(this.storageProperties.bucket("pages"), site.code() + "/index.html")
			.map(object -> new String(object.content(), StandardCharsets.UTF_8))
			.orElseThrow(() -> new AssertionError("No home page stored for " + site.code()));
	}

}
