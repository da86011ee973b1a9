package cn.govsite.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every operation of the running services, read from each one's own {@code /v3/api-docs}
 * (the gateway hides them): method, path as the gateway exposes it, required query
 * parameters and the request body a client would send. New endpoints join the isolation
 * matrix by existing.
 */
final class OpenApiOperations {

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	private OpenApiOperations() {
	}

	/** One operation of one service. */
	record Operation(String service, String method, String path, Map<String, String> requiredQuery,
			JsonNode requestBody, String bodyType, List<String> queryNames) {

		Operation(String service, String method, String path, Map<String, String> requiredQuery, JsonNode requestBody,
				String bodyType) {
			this(service, method, path, requiredQuery, requestBody, bodyType, List.of());
		}

		/** The address through the gateway, e.g. {@code /api/content/articles/{id}}. */
		String gatewayPath() {
			return "/api/" + this.service + (this.path.equals("/") ? "" : this.path);
		}

		/** {@code GET /api/content/articles/{id}}. */
		String name() {
			return this.method + " " + gatewayPath();
		}

		List<String> pathVariables() {
			List<String> names = new ArrayList<>();
			Matcher matcher = VARIABLE.matcher(this.path);
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
			return names;
		}

		/**
		 * The gateway address with each variable replaced by
		 * {@code values.apply(operation,
		 * name)} and required query parameters given a plausible value.
		 */
		String address(BiFunction<Operation, String, String> values) {
			Matcher matcher = VARIABLE.matcher(gatewayPath());
			StringBuilder address = new StringBuilder();
			while (matcher.find()) {
				matcher.appendReplacement(address,
						Matcher.quoteReplacement(GatewayClient.encode(values.apply(this, matcher.group(1)))));
			}
			matcher.appendTail(address);
			String separator = "?";
			for (Map.Entry<String, String> parameter : this.requiredQuery.entrySet()) {
				String value = values.apply(this, "?" + parameter.getKey());
				address.append(separator)
					.append(GatewayClient.encode(parameter.getKey()))
					.append('=')
					.append(GatewayClient.encode((value != null) ? value : parameter.getValue()));
				separator = "&";
			}
			return address.toString();
		}

	}

	/** The operations of each service (name → its own base URL), sorted by address. */
	static List<Operation> read(Map<String, String> services) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		List<Operation> operations = new ArrayList<>();
		services.forEach((service, base) -> {
			try {
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs"))
					.timeout(Duration.ofSeconds(30))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					throw new IllegalStateException(service + " answered " + response.statusCode()
							+ " to /v3/api-docs (springdoc missing or not public?): " + response.body());
				}
				operations.addAll(parse(service, GatewayClient.JSON.readTree(response.body())));
			}
			catch (java.io.IOException ex) {
				throw new IllegalStateException(service + " at " + base + " is not reachable", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		});
		operations.sort((a, b) -> a.name().compareTo(b.name()));
		return operations;
	}

	static List<Operation> parse(String service, JsonNode document) {
		JsonNode schemas = document.path("components").path("schemas");
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
				if (!METHODS.contains(entry.getKey())) {
					continue;
				}
				JsonNode operation = entry.getValue();
				Map<String, String> query = new LinkedHashMap<>();
				List<String> queryNames = new ArrayList<>();
				operation.path("parameters").forEach(parameter -> {
					if ("query".equals(parameter.path("in").asString())) {
						queryNames.addAll(queryFields(parameter, schemas));
					}
					if ("query".equals(parameter.path("in").asString())
							&& parameter.path("required").asBoolean(false)) {
						JsonNode value = example(parameter.path("schema"), schemas, 0);
						query.put(parameter.path("name").asString(), value.isValueNode() ? value.asString() : "1");
					}
				});
				JsonNode content = operation.path("requestBody").path("content");
				String bodyType = null;
				JsonNode body = null;
				if (!content.isMissingNode()) {
					Iterator<String> types = content.propertyNames().iterator();
					bodyType = content.has("application/json") ? "application/json"
							: types.hasNext() ? types.next() : null;
					body = (bodyType != null) ? example(content.path(bodyType).path("schema"), schemas, 0) : null;
				}
				operations.add(new Operation(service, entry.getKey().toUpperCase(Locale.ROOT), path.getKey(),
						java.util.Collections.unmodifiableMap(query), body, bodyType, List.copyOf(queryNames)));
			}
		}
		return operations;
	}

	/**
	 * The names a query parameter takes in the address: its own, or for an object bound
	 * from the query string (a {@code @ModelAttribute}) the names of its fields.
	 */
	static List<String> queryFields(JsonNode parameter, JsonNode schemas) {
		JsonNode schema = parameter.path("schema");
		if (schema.has("$ref")) {
			String ref = schema.path("$ref").asString();
			schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
		}
		if (!schema.path("properties").isObject()) {
			return List.of(parameter.path("name").asString());
		}
		return List.copyOf(schema.path("properties").propertyNames());
	}

	/**
	 * The smallest value the schema accepts as far as it says: required properties only,
	 * first enum value, 1 for numbers (an id that exists on nobody's site is not needed:
	 * the callers are refused or reach validation either way).
	 */
	static JsonNode example(JsonNode schema, JsonNode schemas, int depth) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		if (depth > 6) {
			return nodes.nullNode();
		}
		if (schema.has("$ref")) {
			String ref = schema.path("$ref").asString();
			return example(schemas.path(ref.substring(ref.lastIndexOf('/') + 1)), schemas, depth + 1);
		}
		if (schema.has("allOf")) {
			return example(schema.path("allOf").get(0), schemas, depth + 1);
		}
		if (schema.has("oneOf") || schema.has("anyOf")) {
			return example((schema.has("oneOf") ? schema.path("oneOf") : schema.path("anyOf")).get(0), schemas,
					depth + 1);
		}
		if (schema.has("enum")) {
			return schema.path("enum").get(0);
		}
		String type = schema.path("type").asString("object");
		return switch (type) {
			case "string" -> nodes.stringNode(string(schema));
			case "integer", "number" -> nodes.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
			case "boolean" -> nodes.booleanNode(false);
			case "array" -> {
				ArrayNode array = nodes.arrayNode();
				if (schema.path("minItems").asInt(0) > 0) {
					array.add(example(schema.path("items"), schemas, depth + 1));
				}
				yield array;
			}
			default -> {
				ObjectNode object = nodes.objectNode();
				Map<String, JsonNode> properties = new LinkedHashMap<>();
				schema.path("properties").properties().forEach(p -> properties.put(p.getKey(), p.getValue()));
				schema.path("required")
					.forEach(name -> object.set(name.asString(),
							example(properties.getOrDefault(name.asString(), nodes.objectNode()), schemas, depth + 1)));
				yield object;
			}
		};
	}

	private static String string(JsonNode schema) {
		String format = schema.path("format").asString("");
		return switch (format) {
			case "date" -> "2026-12-01";
			case "date-time" -> "2026-12-01T08:00:00Z";
			case "email" -> "someone@example.cn";
			case "binary" -> "x";
			default -> "隔离测试";
		};
	}

}
