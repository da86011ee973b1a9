package cn.govsite.asset.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import cn.govsite.asset.asset.Asset;
import cn.govsite.asset.support.LibraryIntegrationTest;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.test.ServiceClient.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** Private files reach browsers through short-lived presigned links to the store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryApiTests extends LibraryIntegrationTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private SiteRef siteA;

	private SiteRef siteB;

	private String editorA;

	private String editorB;

	@BeforeAll
	void sites() {
		this.siteA = site();
		this.siteB = site();
		this.editorA = user(this.siteA, "editor");
		this.editorB = user(this.siteB, "editor");
	}

	@Test
	void aLinkServesTheFileWithItsTypeAndNameAndCannotBeBent() throws Exception {
		byte[] pdf = ("%PDF-1.4\n% " + randomHex(6) + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF")
			.getBytes(StandardCharsets.US_ASCII);
		long id = uploaded(this.editorA, this.siteA, "通知", "通知.pdf", pdf);
		Response link = http().get("/assets/" + id + "/link", this.editorA, this.siteA);
		assertThat(link.status()).isEqualTo(200);
		String url = link.json().get("url").asString();
		assertThat(link.json().get("expiresAt").asString()).isNotBlank();

		HttpResponse<byte[]> fetched = fetch(url);
		assertThat(fetched.statusCode()).isEqualTo(200);
		assertThat(fetched.body()).isEqualTo(pdf);
		assertThat(fetched.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(fetched.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; ")
			.contains("%E9%80%9A%E7%9F%A5.pdf");

		HttpResponse<byte[]> bent = fetch(
				url.replace("response-content-type=application%2Fpdf", "response-content-type=text%2Fhtml"));
		assertThat(bent.statusCode()).isEqualTo(403);
	}

	@Test
	void anExpiredLinkNoLongerWorks() throws Exception {
		long id = uploaded(this.editorA, this.siteA, "短时", "短时.txt",
				("短时链接 " + randomHex(6)).getBytes(StandardCharsets.UTF_8));
		Asset asset = new Asset();
		asset.setObjectKey(this.jdbc.queryForObject("SELECT object_key FROM asset WHERE id = ?", String.class, id));
		asset.setContentType("text/plain;charset=UTF-8");
		DownloadLinks oneSecond = new DownloadLinks(this.storageProperties,
				new DeliveryProperties(Duration.ofSeconds(1), "", Duration.ofMinutes(10)));
		String url = oneSecond.link(asset, "attachment").url();
		// S3 refuses a link once its expiry has passed: wait for that, not for a fixed
		// time.
		Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> assertThat(fetch(url).statusCode()).isEqualTo(403));
	}

	@Test
	void siteBGetsNoLinkToSiteAsPrivateFile() {
		long id = uploaded(this.editorA, this.siteA, "私有", "私有.txt",
				("私有文件 " + randomHex(6)).getBytes(StandardCharsets.UTF_8));
		problem(http().get("/assets/" + id + "/link", this.editorB, this.siteB), 404, "not-found");
		problem(http().get("/assets/" + id + "/link", this.editorB, this.siteA), 403, "forbidden");
		problem(http().get("/assets/" + id + "/link", null, this.siteA), 401, "unauthenticated");
	}

	private static HttpResponse<byte[]> fetch(String url) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

}
