package cn.govsite.e2e;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import cn.govsite.common.test.Keycloak;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site A with one of each kind of thing the API addresses by id (column, article, asset,
 * letter, knowledge entry, member), made by the operator through the gateway; the matrix
 * fills path variables with these ids so a refusal is a refusal of real data, not a 404
 * for a made-up id. Site B is where the strangers hold their roles.
 */
final class IsolationFixtures {

	final String run;

	final String siteA;

	final String siteB;

	final long siteAId;

	final long siteBId;

	final String hostA;

	/**
	 * A string only site A's private data holds: any answer to a stranger quoting it
	 * leaked.
	 */
	final String secret;

	final String memberOfA;

	long column;

	long article;

	long asset;

	long mailbox;

	long message;

	String trackingCode;

	long knowledge;

	String columnPlan = "none";

	IsolationFixtures(Demo demo, String run) {
		this.run = run;
		this.siteA = "isoa" + run;
		this.siteB = "isob" + run;
		this.hostA = this.siteA + ".govsite.localhost";
		this.secret = "甲站内部" + run;
		String portal = Demo.cityPortal(demo);
		this.siteAId = demo.createSite(this.siteA, "隔离测试甲站", "DEPARTMENT", portal).get("id").asLong();
		this.siteBId = demo.createSite(this.siteB, "隔离测试乙站", "DEPARTMENT", portal).get("id").asLong();
		this.memberOfA = "iso-a-editor-" + run;
		Keycloak.createUser(this.memberOfA, List.of("/sites/" + this.siteA + "/editor"), List.of());
		this.column = demo.createColumn(this.siteA, "工作动态" + this.secret);
		this.article = demo.createArticle(this.hostA, this.column, "草稿" + this.secret, "正文" + this.secret);
		this.asset = upload(demo);
		this.trackingCode = write(demo);
		JsonNode messages = ok(demo.gateway.get(this.hostA, "/api/content/mailbox-messages", demo.operatorToken));
		JsonNode items = messages.has("items") ? messages.get("items") : messages;
		this.message = items.get(0).get("id").asLong();
		this.mailbox = ok(demo.gateway.get(this.hostA, "/api/content/mailboxes", demo.operatorToken)).get(0)
			.get("id")
			.asLong();
		this.knowledge = created(demo.gateway.postJson(this.hostA, "/api/content/knowledge", demo.operatorToken,
				Map.of("topic", "办事指南", "question", "问题" + this.secret, "answer", "答复" + this.secret)))
			.get("id")
			.asLong();
		JsonNode plans = ok(demo.gateway.get(this.hostA, "/api/content/column-plans", demo.operatorToken));
		if (plans.size() > 0) {
			this.columnPlan = plans.get(0).path("name").asString("none");
		}
	}

	/**
	 * The value of a path variable (or, as {@code ?name}, a required query parameter).
	 */
	String value(OpenApiOperations.Operation operation, String name) {
		String path = operation.gatewayPath();
		return switch (name) {
			case "code" -> path.startsWith("/api/content/public/mailboxes") ? "complaint" : this.siteA;
			case "username" -> this.memberOfA;
			case "role" -> "editor";
			// A site report is about site A; a grant is revoked from site B.
			case "siteId" -> Long.toString(path.contains("/supervision/reports/") ? this.siteAId : this.siteBId);
			case "trackingCode" -> this.trackingCode;
			case "messageId" -> Long.toString(this.message);
			case "name" -> path.contains("/column-plans/") ? this.columnPlan : "article";
			case "month", "?month" -> "2026-11";
			case "year", "?year" -> "2026";
			case "version", "number", "width" -> "1";
			case "?q", "?question" -> "办事";
			case "?host" -> this.hostA;
			case "id" -> Long.toString(idFor(path));
			default -> name.startsWith("?") ? null : "1";
		};
	}

	/**
	 * A body that passes validation where the description cannot say what is valid
	 * (checked in code or by a pattern), so the call reaches the access decision.
	 * Harmless if it were carried out: approving nothing, a mailbox or a site more.
	 */
	Optional<Object> body(OpenApiOperations.Operation operation) {
		return Optional.ofNullable(switch (operation.method() + " " + operation.gatewayPath()) {
			case "POST /api/tenant/sites" -> Map.of("code", "isoz" + this.run, "name", "矩阵测试站", "kind", "DEPARTMENT",
					"parentCode", Demo.CITY_PORTAL);
			case "POST /api/tenant/sites/{code}/members" -> Map.of("username", "iso-new-" + this.run, "email",
					"iso-new-" + this.run + "@test.govsite.localhost", "role", "editor");
			case "POST /api/tenant/sites/{code}/transitions" -> Map.of("action", "APPROVE", "reason", "矩阵测试");
			case "POST /api/content/mailboxes" -> Map.of("code", "matrix", "name", "矩阵信箱");
			case "PUT /api/tenant/sites/{code}/domains/chinese" -> Map.of("domain", "矩阵测试" + this.run + ".政务");
			case "POST /api/tenant/sites/{code}/domains/change" -> Map.of("newDomain",
					"iso-" + this.run + ".county.localhost", "effectiveOn", "2099-01-01", "reason", "矩阵测试");
			default -> null;
		});
	}

	private long idFor(String path) {
		String family = path.replaceFirst("^/api/[a-z]+/(public/)?", "");
		if (family.startsWith("articles")) {
			return this.article;
		}
		if (family.startsWith("columns")) {
			return this.column;
		}
		if (family.startsWith("assets/uploads")) {
			return 1;
		}
		if (family.startsWith("assets")) {
			return this.asset;
		}
		if (family.startsWith("mailbox-messages")) {
			return this.message;
		}
		if (family.startsWith("mailboxes")) {
			return this.mailbox;
		}
		if (family.startsWith("knowledge")) {
			return this.knowledge;
		}
		return 1;
	}

	private long upload(Demo demo) {
		String boundary = "isolation" + this.siteA;
		String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n附件" + this.secret
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n" + this.secret + "\r\n--" + boundary + "--\r\n";
		return created(demo.gateway.send(demo.gateway.request(this.hostA, "/api/asset/assets", demo.operatorToken)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)))).get("id").asLong();
	}

	private String write(Demo demo) {
		return created(demo.gateway.postJson(this.hostA, "/api/content/public/mailboxes/complaint/messages", null, Map
			.of("title", "来信" + this.secret, "body", "路灯不亮，" + this.secret, "name", "张三", "phone", "13812345678")))
			.get("trackingCode")
			.asString();
	}

	private static JsonNode ok(GatewayClient.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private static JsonNode created(GatewayClient.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

}
