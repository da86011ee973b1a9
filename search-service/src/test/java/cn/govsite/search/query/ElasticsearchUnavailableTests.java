package cn.govsite.search.query;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

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
		String port = context.getEnvironment().getProperty("local.server.port");
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create(
						"http://127.0.0.1:" + port + "/search?q=" + URLEncoder.encode("门户网站", StandardCharsets.UTF_8)))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JsonMapper.builder().build().readTree(response.body());
		assertThat(problem.get("type").asString()).isEqualTo("https://govsite.cn/problems/service-unavailable");
		assertThat(problem.get("detail").asString()).contains("搜索");
		assertThat(problem.get("detailEn").asString()).contains("Search");
		assertThat(problem.get("requestId").asString()).isNotBlank();
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("127.0.0.1");
	}

}
