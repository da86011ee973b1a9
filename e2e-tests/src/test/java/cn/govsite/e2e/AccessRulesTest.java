package cn.govsite.e2e;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.govsite.e2e.AccessRules.Access;
import cn.govsite.e2e.OpenApiOperations.Operation;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule table and the OpenAPI reading, without the platform. */
class AccessRulesTest {

	@Test
	void theFirstMatchingRuleDecides() {
		assertThat(access("GET", "content", "/public/my/mailbox-messages")).isEqualTo(Access.SIGNED_IN);
		assertThat(access("POST", "content", "/public/mailboxes/{code}/messages")).isEqualTo(Access.PUBLIC);
		assertThat(access("GET", "content", "/articles")).isEqualTo(Access.SITE);
		assertThat(access("POST", "content", "/articles/{id}/publish")).isEqualTo(Access.SITE);
		assertThat(access("POST", "content", "/column-plans/import")).isEqualTo(Access.PLATFORM);
		assertThat(access("GET", "tenant", "/sites/{code}")).isEqualTo(Access.SITE_OR_SUPERVISOR);
		assertThat(access("DELETE", "tenant", "/sites/{code}/members/{username}/{role}")).isEqualTo(Access.SITE);
		assertThat(access("GET", "search", "/")).isEqualTo(Access.PUBLIC);
		assertThat(access("POST", "search", "/admin/reindex")).isEqualTo(Access.PLATFORM);
	}

	@Test
	void anOperationOfANewFamilyHasNoRule() {
		assertThat(AccessRules.ruleFor(operation("GET", "content", "/something-new"))).isEmpty();
		assertThat(AccessRules.ruleFor(operation("POST", "search", "/reports"))).isEmpty();
	}

	@Test
	void readsOperationsBodiesAndRequiredQueryFromADescription() {
		String document = """
				{"paths": {"/articles/{id}/versions/diff": {"get": {"parameters": [
				  {"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}},
				  {"name": "from", "in": "query", "required": true, "schema": {"type": "integer"}},
				  {"name": "draft", "in": "query", "required": false, "schema": {"type": "boolean"}}]}},
				 "/columns": {"post": {"requestBody": {"content": {"application/json":
				  {"schema": {"$ref": "#/components/schemas/Create"}}}}}}},
				 "components": {"schemas": {"Create": {"type": "object", "required": ["name", "method"],
				  "properties": {"name": {"type": "string"}, "method": {"type": "string", "enum": ["DIRECT_PUBLISH"]},
				   "parentId": {"type": "integer"}}}}}}
				""";
		var operations = OpenApiOperations.parse("content", GatewayClient.JSON.readTree(document));
		assertThat(operations).extracting(Operation::name)
			.containsExactlyInAnyOrder("GET /api/content/articles/{id}/versions/diff", "POST /api/content/columns");
		Operation diff = operations.stream().filter(o -> o.method().equals("GET")).findFirst().orElseThrow();
		assertThat(diff.address((operation, name) -> name.equals("id") ? "7" : null))
			.isEqualTo("/api/content/articles/7/versions/diff?from=1");
		Operation create = operations.stream().filter(o -> o.method().equals("POST")).findFirst().orElseThrow();
		assertThat(create.requestBody().toString()).isEqualTo("{\"name\":\"隔离测试\",\"method\":\"DIRECT_PUBLISH\"}");
	}

	private static Access access(String method, String service, String path) {
		return AccessRules.ruleFor(operation(method, service, path)).orElseThrow().access();
	}

	private static Operation operation(String method, String service, String path) {
		return new Operation(service, method, path, Map.of(), null, null);
	}

}
