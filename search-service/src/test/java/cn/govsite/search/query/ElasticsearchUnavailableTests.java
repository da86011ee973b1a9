package cn.govsite.search.query;

import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.govsite.common.test.ServiceClient;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.common.test.TestNamespace;
import cn.govsite.search.SearchServiceApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service with an Elasticsearch address where nothing listens (real Redis and
 * Keycloak otherwise): it still starts, and searches answer a 503 problem instead of a
 * stack trace.
 */
class ElasticsearchUnavailableTests {

	private static TestNamespace namespace;

	private static ConfigurableApplicationContext context;

	@BeforeAll
	static void startWithoutElasticsearch() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		namespace = TestNamespace.create();
		Map<String, Object> properties = new LinkedHashMap<>(namespace.properties());
		properties.put("govsite.elasticsearch.uri", "http://127.0.0.1:" + closedPort);
		List<String> args = new ArrayList<>();
		properties.forEach((key, value) -> args.add("--" + key + "=" + value));
		args.add("--server.port=0");
		context = new SpringApplicationBuilder(SearchServiceApplication.class).run(args.toArray(String[]::new));
	}

	@AfterAll
	static void stop() {
		if (context != null) {
			context.close();
		}
		if (namespace != null) {
			namespace.drop();
		}
	}

	@Test
	void searchAnswersServiceUnavailableAsAProblem() throws Exception {
		int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		Response response = new ServiceClient(port)
			.get("/search?q=" + URLEncoder.encode("门户网站", StandardCharsets.UTF_8), null);
		assertThat(response.status()).isEqualTo(503);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("type").asString()).isEqualTo("https://govsite.cn/problems/service-unavailable");
		assertThat(problem.get("detail").asString()).contains("搜索");
		assertThat(problem.get("detailEn").asString()).contains("Search");
		assertThat(problem.get("requestId").asString()).isNotBlank();
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("127.0.0.1");
	}

}
