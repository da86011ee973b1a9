package cn.govsite.content.site;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.stream.StreamRecords;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.event.EventEnvelope;
import cn.govsite.common.event.EventStreams;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class SiteReplicaTests extends ContentIntegrationTest {

	@Autowired
	private SiteDirectory sites;

	@Test
	void siteCreatedFillsTheReplica() {
		TestSite site = siteFromEvent("市审计局");
		SiteFacts facts = this.sites.require(site.ref());
		assertThat(facts)
			.isEqualTo(new SiteFacts(site.ref().id(), site.code(), "市审计局", "DEPARTMENT", 1L, site.domain()));
	}

	@Test
	void aRepeatedEventWithNewerFactsUpdatesTheSameRow() {
		TestSite site = siteFromEvent("市统计局");
		EventEnvelope again = EventEnvelope.create("SiteCreated", "tenant-service", site.ref().id(), site.code(),
				this.json.valueToTree(Map.of("siteId", site.ref().id(), "code", site.code(), "name", "市统计局（新）", "kind",
						"DEPARTMENT", "domain", site.domain())));
		this.redis.opsForStream()
			.add(StreamRecords.string(Map.of("envelope", this.json.writeValueAsString(again)))
				.withStreamKey(EventStreams.of(this.govsite).events()));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> "市统计局（新）".equals(this.jdbc.queryForObject("SELECT name FROM site_profile WHERE site_id = ?",
					String.class, site.ref().id())));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM site_profile WHERE code = ?", Integer.class,
				site.code()))
			.isEqualTo(1);
	}

	@Test
	void anUnknownSiteIsFetchedOnceAndKept() {
		TestSite site = siteFromTenantService("某某镇");
		int before = TENANT_SERVICE.requests();
		assertThat(this.sites.require(site.ref()).name()).isEqualTo("某某镇");
		assertThat(this.sites.require(site.ref()).domain()).isEqualTo(site.domain());
		assertThat(TENANT_SERVICE.requests()).isEqualTo(before + 1);
		assertThat(siteReplicated(site)).isTrue();
	}

	@Test
	void aSiteTenantServiceDoesNotKnowIsNotFound() {
		TestSite site = unknownSite("不存在");
		assertThatThrownBy(() -> this.sites.require(site.ref())).isInstanceOfSatisfying(GovsiteException.class,
				ex -> assertThat(ex.type().slug()).isEqualTo("site-not-found"));
		assertThat(siteReplicated(site)).isFalse();
	}

}
