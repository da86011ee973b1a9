package cn.govsite.asset.delivery;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import cn.govsite.asset.inspection.Fixtures;
import cn.govsite.asset.support.LibraryIntegrationTest;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.test.ServiceClient.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files of published pages, asked with no account for the site the gateway resolved from
 * the host: registered resources of the site or shared with it, with ETag and caching;
 * nothing else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicDeliveryApiTests extends LibraryIntegrationTest {

	private SiteRef siteA;

	private SiteRef siteB;

	private String editorA;

	private String adminA;

	@BeforeAll
	void sites() {
		this.siteA = site();
		this.siteB = site();
		this.editorA = user(this.siteA, "editor");
		this.adminA = user(this.siteA, "site-admin");
	}

	@Test
	void aRegisteredImageIsServedWithItsTagAndARepeatedAskIsNotModified() {
		long id = registered(this.editorA, this.siteA, "会场.jpg", Fixtures.jpeg(64, 48));

		Response first = http().get("/public/assets/" + id + "/content", null, this.siteA);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.header("Content-Type")).isEqualTo("image/jpeg");
		assertThat(first.bytes()).startsWith((byte) 0xFF, (byte) 0xD8);
		String etag = first.header("ETag");
		assertThat(etag).matches("\"[0-9a-f]{64}\"");
		assertThat(first.header("Cache-Control")).contains("public").contains("max-age=600");

		Response again = http().withHeader("If-None-Match", etag)
			.get("/public/assets/" + id + "/content", null, this.siteA);
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.bytes()).isEmpty();
		assertThat(again.header("ETag")).isEqualTo(etag);

		Response changed = http().withHeader("If-None-Match", "\"other\"")
			.get("/public/assets/" + id + "/content", null, this.siteA);
		assertThat(changed.status()).isEqualTo(200);
	}

	@Test
	void anUnregisteredUploadIsNotPublic() {
		long id = uploaded(this.editorA, this.siteA, "待登记", "待登记.jpg", Fixtures.jpeg(32, 32));
		problem(http().get("/public/assets/" + id + "/content", null, this.siteA), 404, "not-found");
	}

	@Test
	void anotherSitesPrivateResourceIsNotFoundOnThisSiteUntilGranted() {
		long id = registered(this.editorA, this.siteA, "甲站图片.jpg", Fixtures.jpeg(40, 30));
		problem(http().get("/public/assets/" + id + "/content", null, this.siteB), 404, "not-found");
		problem(http().get("/public/assets/" + id + "/content", null, null), 404, "not-found");

		Response granted = http().post("/assets/" + id + "/grants", this.adminA, this.siteA,
				Map.of("siteId", this.siteB.id()));
		assertThat(granted.status()).as(granted.body()).isEqualTo(201);
		assertThat(http().get("/public/assets/" + id + "/content", null, this.siteB).status()).isEqualTo(200);
	}

}
