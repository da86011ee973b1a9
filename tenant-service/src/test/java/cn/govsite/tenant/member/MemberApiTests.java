package cn.govsite.tenant.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.govsite.common.test.GovsiteIntegrationTest;
import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.common.test.TestNamespace;
import cn.govsite.tenant.support.TenantApi;

import static org.assertj.core.api.Assertions.assertThat;

@GovsiteIntegrationTest
class MemberApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestNamespace namespace;

	TenantApi api;

	@BeforeEach
	void setUp() {
		this.api = new TenantApi(this.port, this.namespace);
	}

	@Test
	void aSiteAdminInvitesGrantsAndWithdrawsRoles() {
		String code = this.api.department("mem", true);
		String siteAdmin = Keycloak.siteUserToken(code, "site-admin");
		String newcomer = this.api.code("new").replace("-", ".");
		Response invited = add(code, siteAdmin, newcomer, "editor");
		assertThat(invited.status()).as(invited.body()).isEqualTo(201);
		assertThat(invited.json().path("invited").asBoolean()).isTrue();
		assertThat(members(code, siteAdmin)).contains(newcomer + "/editor");

		String existing = this.api.code("old").replace("-", ".");
		Keycloak.createUser(existing, List.of(), List.of());
		Response granted = add(code, TenantApi.operatorToken(), existing, "reviewer");
		assertThat(granted.status()).isEqualTo(201);
		assertThat(granted.json().path("invited").asBoolean()).isFalse();
		// The grant is real: the user's token carries the site group.
		String token = Keycloak.token(existing, Keycloak.DEMO_PASSWORD);
		assertThat(this.api.client().get("/sites/" + code, token).status()).isEqualTo(200);

		Response removed = this.api.client()
			.delete("/sites/" + code + "/members/" + existing + "/reviewer", siteAdmin, null);
		assertThat(removed.status()).isEqualTo(204);
		assertThat(members(code, siteAdmin)).doesNotContain(existing + "/reviewer").contains(newcomer + "/editor");
	}

	@Test
	void refusesMalformedMembers() {
		String code = this.api.department("membad", true);
		Response bad = add(code, TenantApi.operatorToken(), "9x", "chief-of-all");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.errorFields()).containsExactlyInAnyOrder("username", "role");
		Response badEmail = this.api.client()
			.post("/sites/" + code + "/members", TenantApi.operatorToken(),
					Map.of("username", "valid.name", "email", "nope", "role", "editor"));
		assertThat(badEmail.errorFields()).containsExactly("email");
		assertThat(this.api.client()
			.delete("/sites/" + code + "/members/somebody/god", TenantApi.operatorToken(), null)
			.errorFields()).containsExactly("role");
		Response unknown = this.api.client()
			.delete("/sites/" + code + "/members/" + this.api.code("ghost") + "/editor", TenantApi.operatorToken(),
					null);
		assertThat(unknown.status()).isEqualTo(404);
	}

	@Test
	void onlyTheSitesAdminsManageItsMembers() {
		String mine = this.api.department("mema", true);
		String other = this.api.department("memb", true);
		String siteAdmin = Keycloak.siteUserToken(mine, "site-admin");
		String editor = Keycloak.siteUserToken(mine, "editor");
		assertThat(add(other, siteAdmin, this.api.code("x").replace("-", "."), "editor").status()).isEqualTo(403);
		assertThat(add(mine, editor, this.api.code("y").replace("-", "."), "site-admin").status()).isEqualTo(403);
		assertThat(this.api.client().get("/sites/" + other + "/members", siteAdmin).status()).isEqualTo(403);
		assertThat(this.api.client().get("/sites/" + mine + "/members", editor).status()).isEqualTo(403);
	}

	private Response add(String code, String token, String username, String role) {
		return this.api.client()
			.post("/sites/" + code + "/members", token,
					Map.of("username", username, "email", username + "@test.govsite.localhost", "role", role));
	}

	private List<String> members(String code, String token) {
		Response list = this.api.client().get("/sites/" + code + "/members", token);
		assertThat(list.status()).isEqualTo(200);
		List<String> found = new ArrayList<>();
		for (JsonNode member : list.json()) {
			found.add(member.path("username").asString() + "/" + member.path("role").asString());
		}
		return found;
	}

}
