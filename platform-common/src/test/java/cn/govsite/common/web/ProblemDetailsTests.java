package cn.govsite.common.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import cn.govsite.common.testapp.CommonIntegrationTest;
import cn.govsite.common.test.Keycloak;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client sees when a request goes wrong: RFC 9457 problems in Chinese and English.
 */
@CommonIntegrationTest
class ProblemDetailsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void malformedJsonIsA400ProblemWithoutInternals() throws Exception {
		HttpResponse<String> response = send("POST", "/public/probe", "{\"title\": \"标题\", ", null);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("type").asString()).isEqualTo("https://govsite.cn/problems/malformed-request");
		assertThat(problem.get("title").asString()).isEqualTo("请求格式错误");
		assertThat(problem.get("titleEn").asString()).isEqualTo("Malformed request");
		assertThat(problem.get("requestId").asString()).isEqualTo(response.headers().firstValue("X-Request-Id").get());
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void invalidFieldsAreListedInBothLanguages() throws Exception {
		HttpResponse<String> response = send("POST", "/public/probe",
				"{\"title\": \"" + "很长的标题".repeat(5) + "\", \"count\": 0}", null);

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("type").asString()).endsWith("/validation");
		JsonNode errors = problem.get("errors");
		assertThat(errors).hasSize(2);
		JsonNode title = findField(errors, "title");
		assertThat(title.get("message").asString()).contains("20");
		assertThat(title.get("messageEn").asString()).contains("size must be between 0 and 20");
		assertThat(title.get("message").asString()).isNotEqualTo(title.get("messageEn").asString());
	}

	@Test
	void aDomainProblemKeepsItsTypeAndBilingualDetail() throws Exception {
		HttpResponse<String> response = send("GET", "/public/probe/missing", null, null);

		assertThat(response.statusCode()).isEqualTo(404);
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("detail").asString()).isEqualTo("栏目不存在：7");
		assertThat(problem.get("detailEn").asString()).isEqualTo("Column not found: 7");
	}

	@Test
	void anUnexpectedFailureHidesItsMessage() throws Exception {
		HttpResponse<String> response = send("GET", "/public/probe/boom", null, null);

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(JSON.readTree(response.body()).get("type").asString()).endsWith("/internal");
		assertThat(response.body()).doesNotContain("secret internals");
	}

	@Test
	void aMissingTokenIsA401AndABadTokenToo() throws Exception {
		HttpResponse<String> none = send("GET", "/admin/probe", null, null);
		HttpResponse<String> forged = send("GET", "/admin/probe", null, "eyJhbGciOiJSUzI1NiJ9.e30.c2ln");

		assertThat(none.statusCode()).isEqualTo(401);
		assertThat(JSON.readTree(none.body()).get("type").asString()).endsWith("/unauthenticated");
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(JSON.readTree(forged.body()).get("detailEn").asString()).contains("invalid or expired");
	}

	@Test
	void aRealTokenFromTheRealmIsAccepted() throws Exception {
		String token = Keycloak.token("operator", Keycloak.DEMO_PASSWORD);

		HttpResponse<String> response = send("GET", "/admin/probe", null, token);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("operator");
	}

	@Test
	void theSiteComesFromTheGatewayHeadersAndIsRequiredWhereUsed() throws Exception {
		HttpRequest withSite = HttpRequest.newBuilder(uri("/public/probe/site"))
			.header("X-Govsite-Site-Id", "5")
			.header("X-Govsite-Site-Code", "wsj")
			.build();
		HttpResponse<String> seen = HttpClient.newHttpClient().send(withSite, HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> missing = send("GET", "/public/probe/site", null, null);

		assertThat(seen.body()).isEqualTo("wsj");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(missing.body()).get("type").asString()).endsWith("/site-required");
	}

	private static JsonNode findField(JsonNode errors, String field) {
		for (JsonNode error : errors) {
			if (field.equals(error.get("field").asString())) {
				return error;
			}
		}
		throw new AssertionError("no error for field " + field + " in " + errors);
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
