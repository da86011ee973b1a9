package cn.govsite.content.media;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import cn.govsite.common.tenant.TenantContext;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class MediaUsageTests extends ContentIntegrationTest {

	@Autowired
	private MediaUsages usages;

	@Test
	void aChangedSetIsStoredAndAnnouncedOnceAndAnUnchangedOneIsNot() {
		TestSite site = siteFromTenantService("引用站");
		long article = ThreadLocalRandom.current().nextLong(1, 1_000_000_000);
		long asset = ThreadLocalRandom.current().nextLong(1, 1_000_000_000);

		assertThat(TenantContext.callAs(site.ref(), () -> this.usages.recordArticle(article, List.of(asset, asset))))
			.isTrue();
		assertThat(TenantContext.callAs(site.ref(), () -> this.usages.recordArticle(article, List.of(asset))))
			.isFalse();
		assertThat(TenantContext.callAs(site.ref(), () -> this.usages.assetsOf(article))).containsExactly(asset);
		List<String> events = this.jdbc.queryForList(
				"SELECT envelope FROM outbox_event WHERE event_type = 'MediaUsageChanged' AND site_id = ?",
				String.class, site.ref().id());
		assertThat(events).hasSize(1);
		JsonNode payload = this.json.readTree(events.get(0)).get("payload");
		assertThat(payload.get("articleId").asLong()).isEqualTo(article);
		assertThat(payload.get("assetIds").get(0).asLong()).isEqualTo(asset);

		assertThat(TenantContext.callAs(site.ref(), () -> this.usages.recordArticle(article, List.of()))).isTrue();
		assertThat(TenantContext.callAs(site.ref(), () -> this.usages.assetsOf(article))).isEmpty();
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM outbox_event WHERE event_type = 'MediaUsageChanged' AND site_id = ?",
				Integer.class, site.ref().id()))
			.isEqualTo(2);
	}

	@Test
	void whereUsedShowsOnlyTheRequestsSite() {
		TestSite siteA = siteFromTenantService("甲站");
		TestSite siteB = siteFromTenantService("乙站");
		long asset = ThreadLocalRandom.current().nextLong(1, 1_000_000_000);
		long articleA = ThreadLocalRandom.current().nextLong(1, 1_000_000_000);
		TenantContext.callAs(siteA.ref(), () -> this.usages.recordArticle(articleA, List.of(asset)));
		String editorA = userWith(siteA, "editor");
		String editorB = userWith(siteB, "editor");

		Response own = api().get("/media/usages?assetId=" + asset, editorA, siteA.ref());
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.json().get(0).get("articleId").asLong()).isEqualTo(articleA);
		Response other = api().get("/media/usages?assetId=" + asset, editorB, siteB.ref());
		assertThat(other.status()).isEqualTo(200);
		assertThat(other.json()).isEmpty();
		Response naming = api().get("/media/usages?assetId=" + asset, editorB, siteA.ref());
		assertThat(naming.status()).isEqualTo(403);
		assertThat(naming.json().get("type").asString()).endsWith("/forbidden");
		Response bad = api().get("/media/usages?assetId=x", editorA, siteA.ref());
		assertThat(bad.status()).isEqualTo(400);
	}

}
