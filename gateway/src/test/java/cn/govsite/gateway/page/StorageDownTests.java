package cn.govsite.gateway.page;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.minio.MinioClient;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.govsite.common.storage.StorageProperties;
import cn.govsite.common.test.GovsiteIntegrationTest;
import cn.govsite.gateway.support.GatewayTestBase;
import cn.govsite.gateway.support.StubServices;

import static org.assertj.core.api.Assertions.assertThat;

/** Object storage unreachable (nothing listens on its port): visitors get a 503 page. */
@GovsiteIntegrationTest
class StorageDownTests {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void tenantService(DynamicPropertyRegistry registry) {
		registry.add("govsite.gateway.services.tenant", () -> StubServices.get().url());
	}

	/**
	 * The real S3 client, aimed at a port nothing listens on (a bean, because the test
	 * namespace's storage endpoint outranks test properties).
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class DeadStorage {

		@Bean
		MinioClient deadStorageClient(StorageProperties properties) {
			return MinioClient.builder()
				.endpoint("http://127.0.0.1:" + GatewayTestBase.unusedPort())
				.credentials(properties.accessKey(), properties.secretKey())
				.build();
		}

	}

	@Test
	void aPageWithoutStorageIs503() {
		String code = "down-" + (int) (Math.random() * 100000);
		StubServices.get().addSite(code, code + ".govsite.localhost");
		WebTestClient client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(60))
			.build();
		byte[] body = client.get()
			.uri("/")
			.header(HttpHeaders.HOST, code + ".govsite.localhost")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(new String(body, StandardCharsets.UTF_8)).contains("服务暂时不可用").contains("unavailable");
	}

}
