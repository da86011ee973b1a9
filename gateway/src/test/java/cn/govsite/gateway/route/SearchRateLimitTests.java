package cn.govsite.gateway.route;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.reactive.server.EntityExchangeResult;

import cn.govsite.gateway.support.GatewayTestBase;

import static org.assertj.core.api.Assertions.assertThat;

class SearchRateLimitTests extends GatewayTestBase {

	@Test
	void publicSearchIsLimitedPerClientAndSaysSoAsAProblem() {
		List<Integer> statuses = new ArrayList<>();
		EntityExchangeResult<byte[]> limited = null;
		// The bucket holds BURST tokens and refills one per second: a quick run of
		// requests must hit the limit well before this bound.
		for (int i = 0; i < BURST * 4 && limited == null; i++) {
			EntityExchangeResult<byte[]> result = this.client.get()
				.uri("/api/search?q=limit")
				.exchange()
				.expectBody()
				.returnResult();
			statuses.add(result.getStatus().value());
			if (result.getStatus().value() == 429) {
				limited = result;
			}
		}
		assertThat(statuses).as("statuses of the run").contains(429);
		assertThat(statuses.get(0)).isEqualTo(200);
		assertThat(limited.getResponseHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(limited.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
		JsonNode problem = this.json.readTree(limited.getResponseBody());
		assertThat(problem.path("type").asString()).endsWith("/rate-limited");
		assertThat(problem.path("title").asString()).contains("请求过于频繁");
		assertThat(problem.path("titleEn").asString()).contains("Too many requests");
	}

}
