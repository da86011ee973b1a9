package cn.govsite.e2e;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resource library through the gateway, as the console uses it: upload, describe,
 * register, grant.
 */
final class MediaLibrary {

	private final Demo demo;

	MediaLibrary(Demo demo) {
		this.demo = demo;
	}

	/** A small JPEG with random colours, so each is a new file (the library dedups). */
	static byte[] jpeg(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		ThreadLocalRandom random = ThreadLocalRandom.current();
		graphics.setColor(new Color(random.nextInt(0x1000000)));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(new Color(random.nextInt(0x1000000)));
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Uploads a file on the site (by host); returns its id, still pending. */
	long upload(String host, String filename, byte[] content) {
		String boundary = "----govsite" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n" + filename
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		GatewayClient.Response response = this.demo.gateway
			.send(this.demo.gateway.request(host, "/api/asset/assets", this.demo.operatorToken)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
		assertThat(response.status()).as("upload on %s: %s", host, response).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	/** Uploads, describes and registers an image; returns its id. */
	long registeredImage(String host) {
		long id = upload(host, "会场" + id() + ".jpg", jpeg(160, 120));
		GatewayClient.Response described = this.demo.gateway
			.send(this.demo.gateway.request(host, "/api/asset/assets/" + id + "/metadata", this.demo.operatorToken)
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(GatewayClient.JSON
					.writeValueAsString(Map.of("title", "会议现场", "sourceType", "ORIGINAL", "rightsHolder", "示范市人民政府办公室",
							"licence", "自有版权", "category", "政务图片", "tags", List.of("会议"), "altText", "会议现场")))));
		assertThat(described.status()).as("describe %d: %s", id, described).isEqualTo(200);
		GatewayClient.Response registered = this.demo.gateway.postJson(host, "/api/asset/assets/" + id + "/register",
				this.demo.operatorToken, "{}");
		assertThat(registered.status()).as("register %d: %s", id, registered).isEqualTo(200);
		return id;
	}

	/** Uploads, describes and registers a document (Word, PDF…); returns its id. */
	long registeredDocument(String host, String filename, byte[] content) {
		long id = upload(host, filename, content);
		GatewayClient.Response described = this.demo.gateway.send(this.demo.gateway
			.request(host, "/api/asset/assets/" + id + "/metadata", this.demo.operatorToken)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers
				.ofString(GatewayClient.JSON.writeValueAsString(Map.of("title", filename, "sourceType", "ORIGINAL",
						"rightsHolder", "示范市人民政府办公室", "licence", "自有版权", "category", "政策文件", "tags", List.of("附件"))))));
		assertThat(described.status()).as("describe %d: %s", id, described).isEqualTo(200);
		GatewayClient.Response registered = this.demo.gateway.postJson(host, "/api/asset/assets/" + id + "/register",
				this.demo.operatorToken, "{}");
		assertThat(registered.status()).as("register %d: %s", id, registered).isEqualTo(200);
		return id;
	}

	/**
	 * A minimal Word document (the OOXML parts Word and POI need: content types, the
	 * package relationship and the main part), one paragraph per argument.
	 */
	static byte[] docx(String... paragraphs) {
		StringBuilder body = new StringBuilder();
		for (String paragraph : paragraphs) {
			body.append("<w:p><w:r><w:t>").append(paragraph).append("</w:t></w:r></w:p>");
		}
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
						+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
						+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
						+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
		parts.put("_rels/.rels",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
						+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
		parts.put("word/document.xml",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
						+ body + "</w:body></w:document>");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, String> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The owner site (by host) grants the resource to another site. */
	void grant(String ownerHost, long assetId, long siteId) {
		GatewayClient.Response granted = this.demo.gateway.postJson(ownerHost,
				"/api/asset/assets/" + assetId + "/grants", this.demo.operatorToken, Map.of("siteId", siteId));
		assertThat(granted.status()).as("grant %d: %s", assetId, granted).isEqualTo(201);
	}

	private static String id() {
		return Long.toHexString(ThreadLocalRandom.current().nextLong());
	}

}
