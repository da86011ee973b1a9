package cn.govsite.tenant.member;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.govsite.common.test.GovsiteIntegrationTest;
import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.common.test.TestNamespace;
import cn.govsite.tenant.support.TenantApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disable, enable and reset accounts: against the running Keycloak, within a site's
 * reach.
 */
@GovsiteIntegrationTest
class AccountApiTests {

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
	void aSiteAdminDisablesAndEnablesAnAccountOfTheirSiteOnly() {
		String code = this.api.department("acc", true);
		String siteAdmin = Keycloak.siteUserToken(code, "site-admin");
		String editor = user("ed", "/sites/" + code + "/editor");
		assertThat(Keycloak.tokenStatus(editor, Keycloak.DEMO_PASSWORD)).isEqualTo(200);

		assertThat(post(code, editor, "disable", siteAdmin).status()).isEqualTo(204);
		assertThat(Keycloak.tokenStatus(editor, Keycloak.DEMO_PASSWORD)).isNotEqualTo(200);
		assertThat(this.api.client().get("/sites/" + code + "/members", siteAdmin).body())
			.contains("\"username\":\"" + editor + "\"", "\"enabled\":false");

		assertThat(post(code, editor, "enable", siteAdmin).status()).isEqualTo(204);
		assertThat(Keycloak.tokenStatus(editor, Keycloak.DEMO_PASSWORD)).isEqualTo(200);
	}

	@Test
	void anAccountThatWorksOnTwoSitesIsForThePlatformAdmin() {
		String mine = this.api.department("acca", true);
		String other = this.api.department("accb", true);
		String siteAdmin = Keycloak.siteUserToken(mine, "site-admin");
		String both = user("both", "/sites/" + mine + "/editor", "/sites/" + other + "/reviewer");
		Response refused = post(mine, both, "disable", siteAdmin);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("只能由平台管理员");
		assertThat(post(mine, both, "reset-password", siteAdmin).status()).isEqualTo(403);
		assertThat(Keycloak.tokenStatus(both, Keycloak.DEMO_PASSWORD)).isEqualTo(200);
		assertThat(post(mine, both, "disable", TenantApi.operatorToken()).status()).isEqualTo(204);
		assertThat(Keycloak.tokenStatus(both, Keycloak.DEMO_PASSWORD)).isNotEqualTo(200);
	}

	@Test
	void crossSiteAndAnonymousCallsAreRefused() {
		String mine = this.api.department("accx", true);
		String other = this.api.department("accy", true);
		String siteAdmin = Keycloak.siteUserToken(mine, "site-admin");
		String theirs = user("theirs", "/sites/" + other + "/editor");
		// Through the other site: not its admin. Through my site: not my member.
		assertThat(post(other, theirs, "disable", siteAdmin).status()).isEqualTo(403);
		assertThat(post(mine, theirs, "disable", siteAdmin).status()).isEqualTo(404);
		assertThat(post(mine, theirs, "reset-password", siteAdmin).status()).isEqualTo(404);
		assertThat(post(other, theirs, "disable", null).status()).isEqualTo(401);
		String editor = Keycloak.siteUserToken(mine, "editor");
		String colleague = user("col", "/sites/" + mine + "/editor");
		assertThat(post(mine, colleague, "disable", editor).status()).isEqualTo(403);
		assertThat(Keycloak.tokenStatus(theirs, Keycloak.DEMO_PASSWORD)).isEqualTo(200);
		assertThat(Keycloak.tokenStatus(colleague, Keycloak.DEMO_PASSWORD)).isEqualTo(200);
	}

	@Test
	void aResetGivesATemporaryPasswordAndTheOldOneStopsWorking() {
		String code = this.api.department("accr", true);
		String siteAdmin = Keycloak.siteUserToken(code, "site-admin");
		String editor = user("rs", "/sites/" + code + "/editor");
		Response reset = post(code, editor, "reset-password", siteAdmin);
		assertThat(reset.status()).as(reset.body()).isEqualTo(200);
		String temporary = reset.json().path("temporaryPassword").asString();
		assertThat(temporary).hasSize(14)
			.matches(".*[A-Z].*")
			.matches(".*[a-z].*")
			.matches(".*[0-9].*")
			.matches(".*[@#%&*+=?].*");
		assertThat(Keycloak.tokenStatus(editor, Keycloak.DEMO_PASSWORD)).isNotEqualTo(200);
		// A temporary password must be changed first: the direct grant is refused until
		// then.
		assertThat(Keycloak.tokenStatus(editor, temporary)).isNotEqualTo(200);
	}

	@Test
	void nobodyDisablesThemselves() {
		String code = this.api.department("accs", true);
		String admin = user("self", "/sites/" + code + "/site-admin");
		Response refused = post(code, admin, "disable", Keycloak.token(admin, Keycloak.DEMO_PASSWORD));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(Keycloak.tokenStatus(admin, Keycloak.DEMO_PASSWORD)).isEqualTo(200);
	}

	private String user(String stem, String... groups) {
		String username = this.api.code(stem).replace("-", ".");
		Keycloak.createUser(username, List.of(groups), List.of());
		return username;
	}

	private Response post(String code, String username, String action, String token) {
		return this.api.client().post("/sites/" + code + "/members/" + username + "/" + action, token, null);
	}

}
