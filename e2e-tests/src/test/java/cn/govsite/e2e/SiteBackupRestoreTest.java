package cn.govsite.e2e;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import cn.govsite.common.test.Infrastructure;
import cn.govsite.common.test.Keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 站点备份与恢复 end to end: a site with columns, published articles using a library image and
 * an attachment, an overridden template and a published letter reply is backed up from
 * the shared platform and restored into a second, empty one (its parent portal first);
 * the target re-renders the pages and rebuilds its index from what it restored, and every
 * published page of the site is fetched from both gateways and compared by SHA-256. A
 * damaged archive is refused with nothing written; only platform admins may back up or
 * restore.
 */
@Tag("backup")
@ExtendWith(Platform.class)
class SiteBackupRestoreTest {

	static final String RUN = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 3);

	@Test
	void aSiteRestoredIntoAnEmptyPlatformServesIdenticalPages() throws Exception {
		Platform source = Platform.get();
		// The empty target starts while the source is seeded (minutes on a loaded
		// machine).
		CompletableFuture<Platform.Private> starting = CompletableFuture.supplyAsync(Platform::startPrivate);
		try {
			backUpAndRestore(source, starting);
		}
		finally {
			starting.join().close();
		}
	}

	private static void backUpAndRestore(Platform source, CompletableFuture<Platform.Private> starting)
			throws Exception {
		Demo demo = new Demo(source);
		String portal = Demo.cityPortal(demo);
		String code = "bfj" + RUN;
		String host = code + ".govsite.localhost";
		long siteId = demo.createSite(code, "示范市档案局", "DEPARTMENT", portal).get("id").asLong();
		seed(demo, code, host);
		republishAndWait(demo.gateway, demo.operatorToken, code);

		SiteBackups backups = new SiteBackups(demo.gateway, demo.operatorToken);
		String otherAdmin = Keycloak.siteUserToken(portal, "site-admin");
		String ownAdmin = Keycloak.siteUserToken(code, "site-admin");
		for (String service : SiteBackups.RESTORE_ORDER) {
			assertThat(backups.exportPart(service, code, otherAdmin).status())
				.as("%s export by another site's admin", service)
				.isEqualTo(403);
			assertThat(backups.exportPart(service, code, ownAdmin).status())
				.as("%s export by the site's own admin", service)
				.isEqualTo(403);
			assertThat(backups.exportPart(service, code, null).status()).as("%s export anonymously", service)
				.isEqualTo(401);
		}
		long exportStarted = System.nanoTime();
		byte[] archive = backups.export(code);
		long exportMillis = millis(exportStarted);
		byte[] portalArchive = backups.export(portal);
		Path saved = Path.of("target", "site-backup-" + code + ".zip");
		Files.write(saved, archive);
		List<String> pages = pageKeys(source, siteId);
		assertThat(pages).contains(code + "/index.html", code + "/interaction/index.html");

		{
			Platform.Private target = starting.join();
			GatewayClient restored = new GatewayClient(target.platform().gateway.url());
			SiteBackups into = new SiteBackups(restored, demo.operatorToken);

			// Refusals first: they must leave the target empty.
			byte[] truncated = Arrays.copyOf(archive, archive.length / 2);
			byte[] corrupt = archive.clone();
			corrupt[corrupt.length / 3] ^= 0x5A;
			for (String service : SiteBackups.RESTORE_ORDER) {
				for (byte[] bad : List.of(truncated, corrupt)) {
					GatewayClient.Response refused = into.restorePart(service, bad, demo.operatorToken);
					assertThat(refused.status()).as("%s restore of a damaged archive: %s", service, refused)
						.isEqualTo(400);
					assertThat(refused.json().get("type").asString()).endsWith("/backup-invalid");
				}
				assertThat(into.restorePart(service, archive, otherAdmin).status())
					.as("%s restore by another site's admin", service)
					.isEqualTo(403);
				assertThat(into.restorePart(service, archive, null).status()).as("%s restore anonymously", service)
					.isEqualTo(401);
			}
			assertThat(restored.get(null, "/api/tenant/sites", demo.operatorToken).json()).isEmpty();

			GatewayClient.Response orphan = into.restorePart("tenant", archive, demo.operatorToken);
			assertThat(orphan.status()).as(orphan.toString()).isEqualTo(409);
			assertThat(orphan.json().get("detailEn").asString()).contains("restore it first");

			long importStarted = System.nanoTime();
			into.restore(portalArchive);
			into.restore(archive);
			long importMillis = millis(importStarted);
			GatewayClient.Response again = into.restorePart("tenant", archive, demo.operatorToken);
			assertThat(again.status()).as(again.toString()).isEqualTo(409);
			assertThat(again.json().get("type").asString()).endsWith("/backup-conflict");
			for (String service : List.of("asset", "content")) {
				assertThat(into.restorePart(service, archive, demo.operatorToken).status()).isEqualTo(409);
			}

			long republishStarted = System.nanoTime();
			republishAndWait(restored, demo.operatorToken, code);
			long republishMillis = millis(republishStarted);
			long reindexStarted = System.nanoTime();
			reindexAndWait(restored, demo.operatorToken);
			long reindexMillis = millis(reindexStarted);

			List<String> mismatches = new ArrayList<>();
			for (String key : pages) {
				String path = key.substring(code.length());
				GatewayClient.Response before = demo.gateway.get(host, path, null);
				GatewayClient.Response after = restored.get(host, path, null);
				if (before.status() != 200 || after.status() != 200
						|| !SiteBackups.sha256(before.bytes()).equals(SiteBackups.sha256(after.bytes()))) {
					mismatches.add(path + " (" + before.status() + " → " + after.status() + ")");
					Path diff = Path.of("target", "restore-mismatch", code);
					Files.createDirectories(diff);
					String name = path.replace('/', '_');
					Files.write(diff.resolve("source" + name), before.bytes());
					Files.write(diff.resolve("restored" + name), after.bytes());
				}
			}
			List<String> restoredPages = pageKeys(target.platform(), siteId);
			System.out.printf(
					"Site backup/restore: %d pages compared, %d mismatches %s; archive %,d bytes (%s); "
							+ "export %d ms, import %d ms, republish %d ms, reindex %d ms; pages on the target %d%n",
					pages.size(), mismatches.size(), mismatches, archive.length, saved, exportMillis, importMillis,
					republishMillis, reindexMillis, restoredPages.size());
			assertThat(mismatches).isEmpty();
			assertThat(restoredPages).containsExactlyInAnyOrderElementsOf(pages);

			await().atMost(Duration.ofSeconds(60)).until(() -> {
				JsonNode found = restored
					.get(null, "/api/search?q=" + GatewayClient.encode("档案开放") + "&site=" + code, null)
					.json();
				return found.get("total").asLong() >= 2;
			});
		}
	}

	private static void seed(Demo demo, String code, String host) {
		MediaLibrary library = new MediaLibrary(demo);
		long news = demo.createColumn(code, "工作动态");
		long notices = demo.createColumn(code, "通知公告");
		long image = library.registeredImage(host);
		long attachment = library.registeredImage(host);
		GatewayClient.Response withMedia = demo.gateway.postJson(host, "/api/content/articles", demo.operatorToken,
				Map.of("columnId", news, "title", "档案开放日活动举行", "body",
						"<p>市档案馆举办档案开放日活动。</p><img src=\"/assets/" + image + "/content\" alt=\"活动现场\">", "attachments",
						List.of(Map.of("assetId", attachment, "purpose", "ATTACHMENT"))));
		assertThat(withMedia.status()).as(withMedia.toString()).isEqualTo(201);
		demo.publish(host, withMedia.json().get("id").asLong());
		demo.publish(host, demo.createArticle(host, news, "档案开放鉴定工作推进会召开", "<p>推进档案开放鉴定工作。</p>"));
		demo.publish(host, demo.createArticle(host, notices, "关于调整查档服务时间的通知", "<p>查档服务时间调整为工作日。</p>"));
		demo.createArticle(host, notices, "未发布的草稿", "<p>草稿不出现在页面上。</p>");

		JsonNode template = demo.gateway.get(host, "/api/content/templates/interaction", demo.operatorToken).json();
		String source = template.get("source").asString().replace("<h1>政民互动</h1>", "<h1>政民互动</h1><p>查档咨询须知（定制）</p>");
		GatewayClient.Response saved = demo.gateway.postJson(host, "/api/content/templates/interaction/versions",
				demo.operatorToken, Map.of("source", source, "note", "查档须知"));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
		GatewayClient.Response activated = demo.gateway.postJson(host,
				"/api/content/templates/interaction/versions/" + saved.json().get("version").asInt() + "/activate",
				demo.operatorToken, "{}");
		assertThat(activated.status()).as(activated.toString()).isEqualTo(200);

		GatewayClient.Response letter = demo.gateway.postJson(host, "/api/content/public/mailboxes/consult/messages",
				null, Map.of("title", "查阅婚姻档案需要什么材料", "body", "请问查阅婚姻档案需要携带哪些材料？"));
		assertThat(letter.status()).as(letter.toString()).isEqualTo(201);
		long message = demo.gateway.get(host, "/api/content/mailbox-messages", demo.operatorToken)
			.json()
			.valueStream()
			.filter(m -> m.get("title").asString().equals("查阅婚姻档案需要什么材料"))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asLong();
		for (Map.Entry<String, Map<String, Object>> step : List.of(Map.entry("accept", Map.<String, Object>of()),
				Map.entry("reply", Map.<String, Object>of("reply", "请携带本人身份证件到市档案馆查档大厅办理。")),
				Map.entry("publish", Map.<String, Object>of()))) {
			GatewayClient.Response done = demo.gateway.postJson(host,
					"/api/content/mailbox-messages/" + message + "/" + step.getKey(), demo.operatorToken,
					step.getValue());
			assertThat(done.status()).as("%s: %s", step.getKey(), done).isEqualTo(200);
		}
	}

	/** A full re-rendering of the site, waited for. */
	static void republishAndWait(GatewayClient gateway, String token, String code) {
		GatewayClient.Response queued = gateway.send(gateway.request(null, "/api/content/publishing/republish", token)
			.header("X-Govsite-Site", code)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}")));
		assertThat(queued.status()).as(queued.toString()).isEqualTo(202);
		long job = queued.json().get("id").asLong();
		String[] state = new String[1];
		await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(() -> {
			state[0] = gateway
				.send(gateway.request(null, "/api/content/publishing/jobs/" + job, token)
					.header("X-Govsite-Site", code)
					.GET())
				.json()
				.get("state")
				.asString();
			return state[0].equals("DONE") || state[0].equals("FAILED");
		});
		assertThat(state[0]).isEqualTo("DONE");
	}

	static void reindexAndWait(GatewayClient gateway, String token) {
		GatewayClient.Response started = gateway.postJson(null, "/api/search/admin/reindex", token, "{}");
		assertThat(started.status()).as(started.toString()).isBetween(200, 202);
		String job = started.json().get("id").asString();
		String[] state = new String[1];
		await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(() -> {
			state[0] = gateway.get(null, "/api/search/admin/reindex/" + job, token).json().get("state").asString();
			return !state[0].equals("COPYING") && !state[0].equals("SWAPPING");
		});
		assertThat(state[0]).isEqualTo("DONE");
	}

	/** The site's published files as content-service records them (no API lists them). */
	static List<String> pageKeys(Platform platform, long siteId) throws Exception {
		List<String> keys = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(Infrastructure.jdbcUrl(platform.contentDatabase),
				Infrastructure.DB_USER, Infrastructure.DB_PASSWORD);
				PreparedStatement query = db
					.prepareStatement("SELECT object_key FROM published_file WHERE site_id = ? ORDER BY object_key")) {
			query.setLong(1, siteId);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					keys.add(rows.getString(1));
				}
			}
		}
		return keys;
	}

	private static long millis(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
