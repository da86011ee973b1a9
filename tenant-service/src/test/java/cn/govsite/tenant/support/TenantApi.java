package cn.govsite.tenant.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;

import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.common.test.TestNamespace;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * tenant-service as its tests drive it: the operator's token, the one city portal of the
 * test database, new sites with codes unique to the run (Keycloak's groups outlive the
 * test database).
 */
public final class TenantApi {

	private static String operatorToken;

	private final ServiceClient client;

	private final TestNamespace namespace;

	public TenantApi(int port, TestNamespace namespace) {
		this.client = new ServiceClient(port).withHeader("Accept", "application/json");
		this.namespace = namespace;
	}

	public ServiceClient client() {
		return this.client;
	}

	public static synchronized String operatorToken() {
		if (operatorToken == null) {
			operatorToken = Keycloak.token("operator", Keycloak.DEMO_PASSWORD);
		}
		return operatorToken;
	}

	/** A code unique to this run. */
	public String code(String stem) {
		return stem + "-" + this.namespace.id() + ThreadLocalRandom.current().nextInt(1000);
	}

	/** The city portal of this test database, created by the first test that needs it. */
	public synchronized String cityPortal() {
		for (JsonNode site : this.client.get("/sites", operatorToken()).json()) {
			if ("CITY_PORTAL".equals(site.path("kind").asString())) {
				return site.path("code").asString();
			}
		}
		String code = code("city");
		Response created = createSite(code, "示范市人民政府", "CITY_PORTAL", null, null, true);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return code;
	}

	/**
	 * A department site under the city portal, online (auto-approved) or only applied.
	 */
	public String department(String stem, boolean online) {
		String code = code(stem);
		Response created = createSite(code, "示范市" + stem + "局", "DEPARTMENT", cityPortal(), null, online);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return code;
	}

	public Response createSite(String code, String name, String kind, String parentCode, String domain,
			boolean autoApprove) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", code);
		body.put("name", name);
		body.put("kind", kind);
		if (parentCode != null) {
			body.put("parentCode", parentCode);
		}
		if (domain != null) {
			body.put("domain", domain);
		}
		if (autoApprove) {
			body.put("autoApprove", true);
			body.put("siteIdentifier", siteIdentifier());
		}
		return this.client.post("/sites", operatorToken(), body);
	}

	/**
	 * A random 网站标识码 (a site goes online only with one); unique across runs in practice,
	 * as the test databases are.
	 */
	public static String siteIdentifier() {
		return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));
	}

	/** Gives the site a profile with a 网站标识码, so it may go online. */
	public void identify(String code) {
		Response put = this.client.put("/sites/" + code + "/profile", operatorToken(), null,
				Map.of("sponsorUnit", "示范市人民政府办公室", "siteIdentifier", siteIdentifier()));
		assertThat(put.status()).as(put.body()).isEqualTo(200);
	}

	/** Posts a transition as the token's holder. */
	public Response transition(String code, String token, Map<String, ?> body) {
		return this.client.post("/sites/" + code + "/transitions", token, body);
	}

}
