package cn.govsite.asset.sharing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import cn.govsite.asset.support.LibraryIntegrationTest;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** Private, granted and platform-wide resources, seen from the owner and from others. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharingApiTests extends LibraryIntegrationTest {

	private SiteRef siteA;

	private SiteRef siteB;

	private SiteRef siteC;

	private String editorA;

	private String adminA;

	private String editorB;

	private String adminB;

	private String editorC;

	private String platformAdmin;

	@BeforeAll
	void sites() {
		this.siteA = site();
		this.siteB = site();
		this.siteC = site();
		this.editorA = user(this.siteA, "editor");
		this.adminA = user(this.siteA, "site-admin");
		this.editorB = user(this.siteB, "editor");
		this.adminB = user(this.siteB, "site-admin");
		this.editorC = user(this.siteC, "editor");
		String name = "p" + randomHex(6) + "-platform-admin";
		Keycloak.createUser(name, List.of(), List.of("platform-admin"));
		this.platformAdmin = Keycloak.token(name, Keycloak.DEMO_PASSWORD);
	}

	@Test
	void aGrantMakesAResourceUsableByThatSiteOnlyAndARevocationTakesItBack() {
		byte[] content = text();
		long id = registered(this.editorA, this.siteA, "共享.txt", content);
		problem(http().get("/assets/" + id, this.editorB, this.siteB), 404, "not-found");

		problem(grant(this.editorA, this.siteA, id, this.siteB), 403, "forbidden");
		problem(grant(this.adminA, this.siteA, id, this.siteA), 400, "validation");
		Response granted = grant(this.adminA, this.siteA, id, this.siteB);
		assertThat(granted.status()).as(granted.body()).isEqualTo(201);
		assertThat(granted.json().get("level").asString()).isEqualTo("GRANTED");
		assertThat(granted.json().get("grants").get(0).get("siteId").asLong()).isEqualTo(this.siteB.id());
		problem(grant(this.adminA, this.siteA, id, this.siteB), 409, "conflict");

		Response seen = http().get("/assets/" + id, this.editorB, this.siteB);
		assertThat(seen.status()).isEqualTo(200);
		assertThat(seen.json().get("siteId").asLong()).isEqualTo(this.siteA.id());
		assertThat(http().get("/assets/" + id + "/content", this.editorB, this.siteB).bytes()).isEqualTo(content);
		assertThat(ids(http().get("/assets/shared-with-me", this.editorB, this.siteB))).contains(id);
		// a third site still sees nothing
		problem(http().get("/assets/" + id, this.editorC, this.siteC), 404, "not-found");
		assertThat(ids(http().get("/assets/shared-with-me", this.editorC, this.siteC))).doesNotContain(id);

		// the grantee uses the resource; it does not own it
		problem(http().put("/assets/" + id + "/metadata", this.editorB, this.siteB, metadata("改")), 404, "not-found");
		problem(http().post("/assets/" + id + "/retire", this.adminB, this.siteB, Map.of("reason", "x")), 404,
				"not-found");
		problem(grant(this.adminB, this.siteB, id, this.siteC), 404, "not-found");
		problem(http().delete("/assets/" + id + "/grants/" + this.siteB.id(), this.adminB, this.siteB), 404,
				"not-found");
		problem(http().get("/assets/" + id + "/sharing", this.adminB, this.siteB), 404, "not-found");

		Response revoked = http().delete("/assets/" + id + "/grants/" + this.siteB.id(), this.adminA, this.siteA);
		assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
		assertThat(revoked.json().get("level").asString()).isEqualTo("PRIVATE");
		assertThat(actions(revoked.json())).containsExactly("GRANT", "REVOKE");
		problem(http().get("/assets/" + id, this.editorB, this.siteB), 404, "not-found");
		assertThat(ids(http().get("/assets/shared-with-me", this.editorB, this.siteB))).doesNotContain(id);
		problem(http().delete("/assets/" + id + "/grants/" + this.siteB.id(), this.adminA, this.siteA), 404,
				"not-found");
		Integer audited = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM asset_share_audit WHERE asset_id = ? AND site_id = ?", Integer.class, id,
				this.siteA.id());
		assertThat(audited).isEqualTo(2);
	}

	@Test
	void onlyRegisteredResourcesAreSharedAndRetiringEndsTheSharing() {
		long pending = uploaded(this.editorA, this.siteA, "未登记", "a.txt", text());
		problem(grant(this.adminA, this.siteA, pending, this.siteB), 409, "invalid-state");

		long id = registered(this.editorA, this.siteA, "b.txt", text());
		assertThat(grant(this.adminA, this.siteA, id, this.siteB).status()).isEqualTo(201);
		assertThat(http().get("/assets/" + id, this.editorB, this.siteB).status()).isEqualTo(200);
		assertThat(http().post("/assets/" + id + "/retire", this.adminA, this.siteA, Map.of("reason", "不再使用")).status())
			.isEqualTo(200);
		problem(http().get("/assets/" + id, this.editorB, this.siteB), 404, "not-found");
	}

	@Test
	void onlyAPlatformAdminSharesWithEverySite() {
		long id = registered(this.editorA, this.siteA, "c.txt", text());
		problem(http().put("/assets/" + id + "/platform-share", this.adminA, this.siteA, "{}"), 403, "forbidden");
		problem(http().put("/assets/" + id + "/platform-share", this.adminB, this.siteB, "{}"), 403, "forbidden");

		Response shared = http().put("/assets/" + id + "/platform-share", this.platformAdmin, this.siteA, "{}");
		assertThat(shared.status()).as(shared.body()).isEqualTo(200);
		assertThat(shared.json().get("level").asString()).isEqualTo("PLATFORM");
		assertThat(http().get("/assets/" + id, this.editorC, this.siteC).status()).isEqualTo(200);
		assertThat(ids(http().get("/assets/shared-with-me", this.editorB, this.siteB))).contains(id);
		problem(http().put("/assets/" + id + "/platform-share", this.platformAdmin, this.siteA, "{}"), 409, "conflict");

		problem(http().delete("/assets/" + id + "/platform-share", this.adminA, this.siteA), 403, "forbidden");
		Response unshared = http().delete("/assets/" + id + "/platform-share", this.platformAdmin, this.siteA);
		assertThat(unshared.status()).as(unshared.body()).isEqualTo(200);
		assertThat(actions(unshared.json())).containsExactly("PLATFORM_SHARE", "PLATFORM_UNSHARE");
		problem(http().get("/assets/" + id, this.editorC, this.siteC), 404, "not-found");
	}

	@Test
	void siteBCannotGrantRevokeOrInspectTheSharingOfSiteAsResources() {
		long id = registered(this.editorA, this.siteA, "d.txt", text());
		// Through site B, A's resource does not exist.
		problem(grant(this.adminB, this.siteB, id, this.siteB), 404, "not-found");
		problem(http().get("/assets/" + id + "/sharing", this.adminB, this.siteB), 404, "not-found");
		// Naming site A does not help.
		problem(grant(this.adminB, this.siteA, id, this.siteB), 403, "forbidden");
		problem(http().get("/assets/" + id + "/sharing", this.adminB, this.siteA), 403, "forbidden");
		problem(http().delete("/assets/" + id + "/grants/" + this.siteB.id(), this.adminB, this.siteA), 403,
				"forbidden");
		problem(http().get("/assets/shared-with-me", this.editorB, this.siteA), 403, "forbidden");
		JsonNode sharing = http().get("/assets/" + id + "/sharing", this.adminA, this.siteA).json();
		assertThat(sharing.get("level").asString()).isEqualTo("PRIVATE");
		assertThat(sharing.get("audit")).isEmpty();
	}

	@Test
	void usabilityTellsEachSiteWhichIdsItsContentMayUse() {
		long registered = registered(this.editorA, this.siteA, "e.txt", text());
		long pending = uploaded(this.editorA, this.siteA, "未登记", "f.txt", text());
		long granted = registered(this.editorA, this.siteA, "g.txt", text());
		assertThat(grant(this.adminA, this.siteA, granted, this.siteB).status()).isEqualTo(201);

		JsonNode forA = usability(this.editorA, this.siteA, List.of(registered, pending, 987654321L));
		assertThat(forA.get("usable").toString()).isEqualTo("[" + registered + "]");
		assertThat(forA.get("refused").toString())
			.contains("{\"assetId\":" + pending + ",\"reason\":\"NOT_REGISTERED\"}")
			.contains("{\"assetId\":987654321,\"reason\":\"NOT_FOUND\"}");

		JsonNode forB = usability(this.editorB, this.siteB, List.of(registered, pending, granted));
		assertThat(forB.get("usable").toString()).isEqualTo("[" + granted + "]");
		assertThat(forB.get("refused").toString()).doesNotContain("NOT_REGISTERED");
		// a licence that ran out after registration stops new use
		this.jdbc.update("UPDATE asset SET rights_expire_on = '2020-01-01' WHERE id = ?", registered);
		assertThat(usability(this.editorA, this.siteA, List.of(registered)).get("refused").toString())
			.contains("RIGHTS_EXPIRED");
		problem(http().post("/assets/usability", this.editorB, this.siteA, Map.of("assetIds", List.of(registered))),
				403, "forbidden");
		problem(http().post("/assets/usability", this.editorA, this.siteA, Map.of()), 400, "validation");
	}

	private JsonNode usability(String token, SiteRef site, List<Long> ids) {
		Response response = http().post("/assets/usability", token, site, Map.of("assetIds", ids));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private Response grant(String token, SiteRef owner, long id, SiteRef grantee) {
		return http().post("/assets/" + id + "/grants", token, owner, Map.of("siteId", grantee.id()));
	}

	private static byte[] text() {
		return ("共享资料 " + randomHex(8)).getBytes(StandardCharsets.UTF_8);
	}

	private static List<Long> ids(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		response.json().forEach(node -> ids.add(node.asLong()));
		return ids;
	}

	private static List<String> actions(JsonNode sharing) {
		List<String> actions = new ArrayList<>();
		sharing.get("audit").forEach(entry -> actions.add(entry.get("action").asString()));
		return actions;
	}

}
