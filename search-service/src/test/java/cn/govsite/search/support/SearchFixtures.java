package cn.govsite.search.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.event.EventEnvelope;
import cn.govsite.common.event.EventStreams;
import cn.govsite.common.test.Infrastructure;
import cn.govsite.common.test.ServiceClient;
import cn.govsite.common.test.ServiceClient.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Feeds search-service the way production does (event envelopes on the Redis stream, as
 * content-service's outbox relay and tenant-service send them) and asks it through HTTP.
 * Test classes share one application context, hence one index: each class uses sites of
 * its own so counts stay exact.
 */
public final class SearchFixtures {

	private final int port;

	private final StringRedisTemplate redis;

	private final GovsiteProperties properties;

	private final JsonMapper json;

	public SearchFixtures(int port, StringRedisTemplate redis, GovsiteProperties properties, JsonMapper json) {
		this.port = port;
		this.redis = redis;
		this.properties = properties;
		this.json = json;
	}

	/** A site as events describe it. */
	public record Site(long id, String code, String name, String domain) {
	}

	/** An article to publish; {@code publishedAt} drives the date sort and year facet. */
	public record Article(Site site, long id, String title, String body, String columnName, String columnCategory,
			Instant publishedAt) {

		public Article(Site site, long id, String title, String body) {
			this(site, id, title, body, "工作动态", null, Instant.parse("2026-11-22T03:00:00Z"));
		}

	}

	public void publish(Article article) {
		publish(article, Instant.now());
	}

	public void publish(Article article, Instant occurredAt) {
		send("ArticlePublished", "content-service", article.site(), occurredAt, payload(article, null));
	}

	/** An archived item (已归档), as content-service reports it. */
	public void publishArchived(Article article, Instant occurredAt, Instant archivedAt) {
		send("ArticlePublished", "content-service", article.site(), occurredAt, payload(article, archivedAt));
	}

	/**
	 * The {@code ArticlePublished} payload of an article (also what content-service
	 * lists).
	 */
	public static Map<String, Object> payload(Article article, Instant archivedAt) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("articleId", article.id());
		payload.put("siteId", article.site().id());
		payload.put("siteCode", article.site().code());
		payload.put("siteName", article.site().name());
		payload.put("siteDomain", article.site().domain());
		payload.put("columnId", 5);
		payload.put("columnName", article.columnName());
		if (article.columnCategory() != null) {
			payload.put("columnCategory", article.columnCategory());
		}
		payload.put("title", article.title());
		payload.put("bodyText", article.body());
		payload.put("publishedAt", article.publishedAt().toString());
		payload.put("path", "/articles/" + article.id() + ".html");
		if (archivedAt != null) {
			payload.put("archivedAt", archivedAt.toString());
		}
		return payload;
	}

	/** {@code SiteStatusChanged} as tenant-service sends it. */
	public void siteStatusChanged(Site site, String from, String to, Instant occurredAt) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("siteId", site.id());
		payload.put("code", site.code());
		payload.put("domain", site.domain());
		payload.put("action", "test");
		payload.put("from", from);
		payload.put("to", to);
		payload.put("occurredAt", occurredAt.toString());
		send("SiteStatusChanged", "tenant-service", site, occurredAt, payload);
	}

	/** {@code SiteCreated} as tenant-service sends it. */
	public void siteCreated(Site site, String kind, Site parent) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("siteId", site.id());
		payload.put("code", site.code());
		payload.put("name", site.name());
		payload.put("kind", kind);
		payload.put("parentId", (parent != null) ? parent.id() : null);
		payload.put("domain", site.domain());
		send("SiteCreated", "tenant-service", site, Instant.now(), payload);
	}

	private void send(String type, String source, Site site, Instant occurredAt, Map<String, Object> payload) {
		EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), type, source, site.id(), site.code(),
				occurredAt, this.json.valueToTree(payload));
		this.redis.opsForStream()
			.add(StreamRecords.string(Map.of("envelope", this.json.writeValueAsString(envelope)))
				.withStreamKey(EventStreams.of(this.properties).events()));
	}

	/** Waits until the search with these parameters counts {@code total} hits. */
	public void awaitTotal(Map<String, String> parameters, long total) {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(300))
			.untilAsserted(() -> assertThat(search(parameters).get("total").asLong()).isEqualTo(total));
	}

	public JsonNode search(Map<String, String> parameters) {
		Response response = get("/search", parameters, null);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	public Response get(String path, Map<String, String> parameters, String token) {
		String query = parameters.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return client().get(path + (query.isEmpty() ? "" : "?" + query), token);
	}

	public ServiceClient client() {
		return new ServiceClient(this.port);
	}

	/** A problem answer with this status, with both languages filled. */
	public JsonNode problem(String path, Map<String, String> parameters, String token, int status) {
		Response response = get(path, parameters, token);
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("titleEn").asString()).isNotBlank();
		return problem;
	}

	/** Straight to Elasticsearch, bypassing the service. */
	public JsonNode elasticsearch(String method, String path, String body) {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(Infrastructure.elasticsearchUrl() + path))
					.header("Content-Type", "application/json")
					.method(method,
							(body != null) ? HttpRequest.BodyPublishers.ofString(body)
									: HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return this.json.readTree(response.body());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static List<String> ids(JsonNode answer) {
		List<String> ids = new ArrayList<>();
		answer.get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
		return ids;
	}

	public static List<String> fields(JsonNode problem) {
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
		return fields;
	}

}
