package cn.govsite.e2e;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.govsite.e2e.OpenApiOperations.Operation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL (and query-language) metacharacters in every query parameter of every GET operation
 * the services describe in OpenAPI — filters, sorts, paging, search words — sent through
 * the gateway by the platform operator on a real site, so the calls pass authorisation
 * and reach the queries. Each answer is a result or a 4xx problem, never a 5xx;
 * afterwards the site's data is all still there. Prints how many calls over how many
 * parameters.
 */
@ExtendWith(Platform.class)
class HostileQueryParametersTest {

	static final String RUN = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 3);

	static final List<String> PAYLOADS = List.of("' OR '1'='1", "1; DROP TABLE article; --",
			"1' UNION SELECT user()-- ", "\" OR \"\"=\"", "id desc; delete from site", "1)) OR SLEEP(3)#",
			"%' AND 1=1 AND '%'='", "\\'; --", "{\"$gt\":\"\"}", "*:* OR _exists_:body", "-1",
			"99999999999999999999999", "' ; SELECT pg_sleep(3) --", "\u0000", "ORDER BY 1--");

	@Test
	void noQueryParameterTurnsMetacharactersIntoAServerErrorOrLosesData() {
		Platform platform = Platform.get();
		Demo demo = new Demo(platform);
		IsolationFixtures fixtures = new IsolationFixtures(demo, RUN);
		List<Operation> operations = OpenApiOperations
			.read(Map.of("tenant", platform.tenant.url(), "content", platform.content.url(), "search",
					platform.search.url(), "asset", platform.asset.url()))
			.stream()
			.filter(operation -> operation.method().equals("GET") && !operation.queryNames().isEmpty())
			.toList();
		assertThat(operations).as("GET operations with query parameters").hasSizeGreaterThan(10);

		List<String> serverErrors = new ArrayList<>();
		List<String> notProblems = new ArrayList<>();
		int calls = 0;
		int parameters = 0;
		for (Operation operation : operations) {
			String base = operation.address(fixtures::value);
			for (String name : operation.queryNames()) {
				parameters++;
				for (String payload : PAYLOADS) {
					String address = withParameter(base, name, payload);
					GatewayClient.Response answer = demo.gateway.get(fixtures.hostA, address, demo.operatorToken);
					calls++;
					String call = operation.name() + " ?" + name + "=" + payload + " → " + answer.status();
					if (answer.status() >= 500) {
						serverErrors.add(call + " " + abbreviate(answer.body()));
					}
					else if (answer.status() >= 400
							&& !String.valueOf(answer.header("Content-Type")).startsWith("application/problem+json")) {
						notProblems.add(call + " (" + answer.header("Content-Type") + ")");
					}
				}
			}
		}
		System.out.printf(
				"SQL metacharacters: %d calls over %d query parameters of %d operations; "
						+ "server errors: %d, refusals without a problem: %d%n",
				calls, parameters, operations.size(), serverErrors.size(), notProblems.size());
		serverErrors.forEach(line -> System.out.println("SERVER ERROR " + line));
		notProblems.forEach(line -> System.out.println("NOT A PROBLEM " + line));
		assertThat(serverErrors).as("metacharacters that made a server error").isEmpty();
		assertThat(notProblems).as("refusals that were not problem details").isEmpty();

		GatewayClient.Response article = demo.gateway.get(fixtures.hostA, "/api/content/articles/" + fixtures.article,
				demo.operatorToken);
		assertThat(article.status()).as("site A's draft is still there: %s", article).isEqualTo(200);
		assertThat(article.body()).contains(fixtures.secret);
		GatewayClient.Response sites = demo.gateway.get(null, "/api/tenant/sites", demo.operatorToken);
		assertThat(sites.body()).as("the sites table is intact").contains(fixtures.siteA);
	}

	/**
	 * The address with {@code name} set to {@code value}, replacing a value already
	 * there.
	 */
	private static String withParameter(String address, String name, String value) {
		String encoded = GatewayClient.encode(name) + "=";
		int query = address.indexOf('?');
		StringBuilder rebuilt = new StringBuilder((query < 0) ? address : address.substring(0, query));
		String separator = "?";
		if (query >= 0) {
			for (String pair : address.substring(query + 1).split("&")) {
				if (!pair.startsWith(encoded)) {
					rebuilt.append(separator).append(pair);
					separator = "&";
				}
			}
		}
		return rebuilt.append(separator).append(encoded).append(GatewayClient.encode(value)).toString();
	}

	private static String abbreviate(String body) {
		String flat = body.replaceAll("\\s+", " ");
		return (flat.length() > 200) ? flat.substring(0, 200) + "…" : flat;
	}

}
