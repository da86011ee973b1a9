package cn.govsite.asset.support;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import org.junit.jupiter.api.AfterAll;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import cn.govsite.common.storage.ObjectStorage;
import cn.govsite.common.storage.StorageProperties;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.test.GovsiteIntegrationTest;
import cn.govsite.common.test.Infrastructure;
import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient;
import cn.govsite.common.test.ServiceClient.Multipart;
import cn.govsite.common.test.ServiceClient.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of asset-service's integration tests: the real service against the real
 * servers, one context for every class (same properties), and helpers for sites, users
 * and library entries.
 */
@GovsiteIntegrationTest
@TestPropertySource(
		properties = { "spring.servlet.multipart.max-file-size=1MB", "spring.servlet.multipart.max-request-size=2MB",
				"govsite.asset.inspection.kinds.IMAGE.max-size=300KB", "govsite.asset.large-upload.part-size=5MB" })
public abstract class LibraryIntegrationTest {

	private static final Queue<String> GROUPS = new ConcurrentLinkedQueue<>();

	@LocalServerPort
	protected int port;

	@Autowired
	protected ObjectStorage storage;

	@Autowired
	protected StorageProperties storageProperties;

	@Autowired
	protected JdbcTemplate jdbc;

	@AfterAll
	static void removeGroups() {
		String group;
		while ((group = GROUPS.poll()) != null) {
			Keycloak.deleteGroup(group);
		}
	}

	protected ServiceClient http() {
		return new ServiceClient(this.port);
	}

	/** A new site with its Keycloak groups. */
	protected static SiteRef site() {
		String code = "t" + randomHex(5);
		GROUPS.add(Keycloak.createSiteGroups(code));
		return new SiteRef(ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000), code);
	}

	protected static String user(SiteRef site, String role) {
		return Keycloak.siteUserToken(site.code(), role);
	}

	/** Uploads a file with only a title; returns the response. */
	protected Response upload(String token, SiteRef site, String title, String filename, byte[] content) {
		return http().upload("/assets", token, site,
				new Multipart().field("title", title).file("file", filename, "application/octet-stream", content));
	}

	/** Uploads a file and returns its id (asserting it was accepted). */
	protected long uploaded(String token, SiteRef site, String title, String filename, byte[] content) {
		Response response = upload(token, site, title, filename, content);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	/** Complete registration metadata for a document or, with alt text, an image. */
	protected static Map<String, Object> metadata(String title) {
		return Map.of("title", title, "sourceType", "ORIGINAL", "rightsHolder", "某某区人民政府办公室", "licence", "自有版权",
				"category", "政务图片", "tags", List.of("会议", "2026"), "altText", "区长在常务会议上讲话");
	}

	/** Uploads, describes and registers a file; returns its id. */
	protected long registered(String token, SiteRef site, String filename, byte[] content) {
		long id = uploaded(token, site, "资料" + randomHex(3), filename, content);
		Response described = http().put("/assets/" + id + "/metadata", token, site, metadata("已登记资料"));
		assertThat(described.status()).as(described.body()).isEqualTo(200);
		Response registered = http().post("/assets/" + id + "/register", token, site, "");
		assertThat(registered.status()).as(registered.body()).isEqualTo(200);
		return id;
	}

	protected static JsonNode problem(Response response, int status, String slug) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("type").asString()).isEqualTo("https://govsite.cn/problems/" + slug);
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertThat(problem.get("detailEn").asString()).isNotBlank();
		return problem;
	}

	/** Keys of the objects in the library's bucket under the prefix, listed from S3. */
	protected List<String> objectsUnder(String prefix) throws Exception {
		MinioClient client = MinioClient.builder()
			.endpoint(Infrastructure.s3Url())
			.credentials(Infrastructure.S3_ACCESS_KEY, Infrastructure.S3_SECRET_KEY)
			.build();
		List<String> keys = new ArrayList<>();
		for (Result<Item> item : client.listObjects(ListObjectsArgs.builder()
			.bucket(this.storageProperties.bucket("assets"))
			.prefix(prefix)
			.recursive(true)
			.build())) {
			keys.add(item.get().objectName());
		}
		return keys;
	}

	protected static String randomHex(int bytes) {
		byte[] random = new byte[bytes];
		ThreadLocalRandom.current().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

}
