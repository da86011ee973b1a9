package cn.govsite.gateway.route;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import cn.govsite.common.test.Keycloak;
import cn.govsite.gateway.support.GatewayTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oversized bodies end at the gateway with a 413 problem; bodies within the limit arrive
 * whole.
 */
class BodySizeTests extends GatewayTestBase {

	private static final int MB = 1024 * 1024;

	private static String token;

	private static String token() {
		if (token == null) {
			token = Keycloak.token("operator", Keycloak.DEMO_PASSWORD);
		}
		return token;
	}

	@Test
	void aBodyOverTwoMegabytesIsRefusedBeforeAnyServiceSeesIt() {
		JsonNode problem = this.json.readTree(this.client.post()
			.uri("/api/content/articles")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json(3 * MB))
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.returnResult()
			.getResponseBody());
		assertThat(problem.path("type").asString()).endsWith("/payload-too-large");
		assertThat(problem.path("detail").asString()).contains("2MB");
	}

	@Test
	void aChunkedBodyIsCountedAndRefusedWhenItPassesTheLimit() {
		byte[] chunk = new byte[256 * 1024];
		Arrays.fill(chunk, (byte) 'a');
		Flux<DataBuffer> body = Flux.range(0, 12).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(chunk));
		this.client.post()
			.uri("/api/content/articles")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body, DataBuffer.class)
			.exchange()
			.expectStatus()
			.isEqualTo(413);
	}

	@Test
	void aBodyWithinTheLimitArrivesWhole() {
		JsonNode echo = this.json.readTree(this.client.post()
			.uri("/api/content/articles")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json(MB))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody());
		assertThat(echo.path("bodyBytes").asInt()).isEqualTo(MB);
	}

	@Test
	void uploadsToTheResourceLibraryHaveTheirOwnLargerLimit() {
		// These tests route asset-service to a port nothing listens on: a 503 shows that
		// the
		// 5 MB body passed the size check and reached the route.
		this.client.post()
			.uri("/api/asset/assets")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token())
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.bodyValue(new byte[5 * MB])
			.exchange()
			.expectStatus()
			.isEqualTo(503);
	}

	/** A JSON document of exactly {@code size} bytes. */
	private static byte[] json(int size) {
		byte[] body = new byte[size];
		Arrays.fill(body, (byte) 'x');
		byte[] open = "{\"title\":\"".getBytes();
		System.arraycopy(open, 0, body, 0, open.length);
		body[size - 2] = '"';
		body[size - 1] = '}';
		return body;
	}

}
