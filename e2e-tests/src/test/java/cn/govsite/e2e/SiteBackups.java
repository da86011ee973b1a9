package cn.govsite.e2e;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 站点备份 as an operator takes it through the gateway: each service's part of a site
 * (tenant, content, asset) merged into one archive with a {@code manifest.json}; a
 * restore sends the archive to each service in turn (tenant first, content last), each
 * reading only its own part. The format is in {@code docs/notes/backup.md}.
 */
final class SiteBackups {

	static final String[] RESTORE_ORDER = { "tenant", "asset", "content" };

	private final GatewayClient gateway;

	private final String token;

	SiteBackups(GatewayClient gateway, String token) {
		this.gateway = gateway;
		this.token = token;
	}

	static String exportPath(String service, String code) {
		return service.equals("tenant") ? "/api/tenant/sites/" + code + "/backup" : "/api/" + service + "/backup";
	}

	/** Asks one service for its part of the site, as a caller with the token. */
	GatewayClient.Response exportPart(String service, String code, String callerToken) {
		HttpRequest.Builder request = this.gateway.request(null, exportPath(service, code), callerToken)
			.timeout(java.time.Duration.ofSeconds(120));
		if (!service.equals("tenant")) {
			request.header("X-Govsite-Site", code);
		}
		return this.gateway.send(request.GET());
	}

	/** The whole archive of the site. */
	byte[] export(String code) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		Map<String, String> sums = new LinkedHashMap<>();
		for (String service : RESTORE_ORDER) {
			GatewayClient.Response part = exportPart(service, code, this.token);
			assertThat(part.status()).as("export %s of %s: %s", service, code, part).isEqualTo(200);
			unzip(part.bytes()).forEach((name, bytes) -> {
				entries.put(name, bytes);
				sums.put(name, sha256(bytes));
			});
		}
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("format", "govsite-site-backup");
		manifest.put("version", 1);
		manifest.put("siteCode", code);
		manifest.put("exportedAt", Instant.now().toString());
		manifest.put("entries", sums);
		Map<String, byte[]> archive = new LinkedHashMap<>();
		archive.put("manifest.json", GatewayClient.JSON.writeValueAsBytes(manifest));
		archive.putAll(entries);
		return zip(archive);
	}

	/** Sends the archive to one service's restore, as a caller with the token. */
	GatewayClient.Response restorePart(String service, byte[] archive, String callerToken) {
		return this.gateway.send(this.gateway.request(null, "/api/" + service + "/backups/restore", callerToken)
			.timeout(java.time.Duration.ofSeconds(120))
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(archive)));
	}

	/** Restores the archive into the gateway's platform, service by service. */
	void restore(byte[] archive) {
		for (String service : RESTORE_ORDER) {
			GatewayClient.Response restored = restorePart(service, archive, this.token);
			assertThat(restored.status()).as("restore %s: %s", service, restored).isEqualTo(201);
		}
	}

	static Map<String, byte[]> unzip(byte[] zip) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entries;
	}

	static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
