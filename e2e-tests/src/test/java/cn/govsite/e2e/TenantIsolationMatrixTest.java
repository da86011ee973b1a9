package cn.govsite.e2e;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.govsite.common.test.Keycloak;
import cn.govsite.e2e.AccessRules.Access;
import cn.govsite.e2e.AccessRules.Caller;
import cn.govsite.e2e.OpenApiOperations.Operation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 租户隔离矩阵 — every operation the services describe in OpenAPI, called through the gateway
 * on site A by each stranger to site A (anonymous, a citizen, an editor and a site admin
 * of site B, the supervisor), with real ids of site A's data. Each answer must be the
 * refusal or the access its {@link AccessRules rule} says; an allowed answer to a
 * signed-in stranger must not quote site A's private data. Prints the matrix's size and
 * time and every unexpected answer; the full table goes to
 * {@code target/isolation-matrix.txt}.
 */
@ExtendWith(Platform.class)
class TenantIsolationMatrixTest {

	static final String RUN = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 3);

	@Test
	void noStrangerReachesAnotherSitesData() throws Exception {
		Platform platform = Platform.get();
		Demo demo = new Demo(platform);
		IsolationFixtures fixtures = new IsolationFixtures(demo, RUN);
		List<Operation> operations = OpenApiOperations.read(Map.of("tenant", platform.tenant.url(), "content",
				platform.content.url(), "search", platform.search.url(), "asset", platform.asset.url()));
		List<String> unruled = operations.stream()
			.filter(operation -> AccessRules.ruleFor(operation).isEmpty())
			.map(Operation::name)
			.toList();
		assertThat(unruled).as("operations without a rule: add one to AccessRules.RULES for each").isEmpty();
		Map<Caller, String> tokens = tokens(fixtures);

		List<String> unexpectedAccesses = new ArrayList<>();
		List<String> unexpectedAnswers = new ArrayList<>();
		List<String> table = new ArrayList<>();
		long started = System.nanoTime();
		int calls = 0;
		for (Operation operation : operations) {
			AccessRules.Rule rule = AccessRules.ruleFor(operation).orElseThrow();
			String address = operation.address(fixtures::value);
			Map<Caller, Integer> statuses = new EnumMap<>(Caller.class);
			for (Caller caller : Caller.values()) {
				GatewayClient.Response response = demo.gateway
					.send(request(demo.gateway, fixtures, address, tokens.get(caller), operation));
				calls++;
				int status = response.status();
				statuses.put(caller, status);
				String call = operation.name() + " as " + caller + " → " + status + " (rule " + rule.access() + ": "
						+ rule.reason() + ")";
				if (rule.access().allows(caller)) {
					if (status == 401 || status == 403 || status >= 500) {
						unexpectedAnswers.add(call + " " + abbreviate(response.body()));
					}
					// Supervision is entitled to what it inspects: a supervisor's answer
					// may quote site A.
					else if (status < 300 && rule.access() != Access.PUBLIC && !supervising(caller, rule)
							&& response.body().contains(fixtures.secret)) {
						unexpectedAccesses.add(call + ": the answer quotes site A's private data");
					}
				}
				else if (status < 400) {
					unexpectedAccesses.add(call + " " + abbreviate(response.body()));
				}
				else if (!rule.access().refusals(caller).contains(status)) {
					unexpectedAnswers.add(call + " " + abbreviate(response.body()));
				}
			}
			table.add(String.format("%-7s %-62s %-22s %s", operation.method(), operation.gatewayPath(), rule.access(),
					statuses.values()));
		}
		double seconds = (System.nanoTime() - started) / 1e9;

		Path report = Path.of("target", "isolation-matrix.txt");
		Files.createDirectories(report.getParent());
		Files.write(report, table, StandardCharsets.UTF_8);
		System.out.printf(
				"Tenant isolation matrix: %d operations × %d callers = %d calls in %.1f s; "
						+ "unexpected accesses: %d, unexpected answers: %d (table: %s)%n",
				operations.size(), Caller.values().length, calls, seconds, unexpectedAccesses.size(),
				unexpectedAnswers.size(), report.toAbsolutePath());
		unexpectedAccesses.forEach(line -> System.out.println("UNEXPECTED ACCESS " + line));
		unexpectedAnswers.forEach(line -> System.out.println("UNEXPECTED ANSWER " + line));
		assertThat(unexpectedAccesses).as("strangers of site A reached it").isEmpty();
		assertThat(unexpectedAnswers).as("answers that are neither the rule's refusal nor an access").isEmpty();
	}

	private static boolean supervising(Caller caller, AccessRules.Rule rule) {
		return caller == Caller.SUPERVISOR
				&& (rule.access() == Access.SITE_OR_SUPERVISOR || rule.access() == Access.PLATFORM_OR_SUPERVISOR);
	}

	private static Map<Caller, String> tokens(IsolationFixtures fixtures) {
		Map<Caller, String> tokens = new LinkedHashMap<>();
		tokens.put(Caller.ANONYMOUS, null);
		tokens.put(Caller.CITIZEN, Keycloak.token("citizen", Keycloak.DEMO_PASSWORD));
		tokens.put(Caller.EDITOR_OF_B, Keycloak.siteUserToken(fixtures.siteB, "editor"));
		tokens.put(Caller.SITE_ADMIN_OF_B, Keycloak.siteUserToken(fixtures.siteB, "site-admin"));
		tokens.put(Caller.SUPERVISOR, Keycloak.token("supervisor", Keycloak.DEMO_PASSWORD));
		return tokens;
	}

	private static HttpRequest.Builder request(GatewayClient gateway, IsolationFixtures fixtures, String address,
			String token, Operation operation) {
		HttpRequest.Builder request = gateway.request(fixtures.hostA, address, token);
		if (operation.bodyType() == null) {
			return request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
		}
		if (operation.bodyType().startsWith("multipart/")) {
			String boundary = "matrix" + RUN;
			String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n矩阵\r\n--"
					+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.txt\"\r\n"
					+ "Content-Type: text/plain\r\n\r\nmatrix\r\n--" + boundary + "--\r\n";
			return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.method(operation.method(), HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
		}
		String body = operation.bodyType().contains("json")
				? GatewayClient.JSON.writeValueAsString(fixtures.body(operation).orElse(operation.requestBody()))
				: "matrix";
		return request.header("Content-Type", operation.bodyType())
			.method(operation.method(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
	}

	private static String abbreviate(String body) {
		String flat = body.replaceAll("\\s+", " ");
		return (flat.length() > 240) ? flat.substring(0, 240) + "…" : flat;
	}

}
