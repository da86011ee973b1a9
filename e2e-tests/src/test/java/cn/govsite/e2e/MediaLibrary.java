package cn.govsite.e2e;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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
