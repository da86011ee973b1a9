package cn.govsite.common.security;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GovsitePrincipalTest {

	@Test
	void readsSiteRolesFromGroupPathsAndPlatformRolesFromRealmRoles() {
		GovsitePrincipal principal = GovsitePrincipal.of("sub-1", "li.ming",
				List.of("supervisor", "editor", "offline_access"), List.of("/sites/jyj/editor", "/sites/jyj/reviewer",
						"/sites/wsj/site-admin", "/other/editor", "/sites/jyj", "/sites/gaj/unknown-role"));

		assertThat(principal.platformRoles()).containsExactly(Role.SUPERVISOR);
		assertThat(principal.siteRoles()).containsOnlyKeys("jyj", "wsj");
		assertThat(principal.siteRoles().get("jyj")).isEqualTo(Set.of(Role.EDITOR, Role.REVIEWER));
		assertThat(principal.hasSiteRole("jyj", Role.REVIEWER)).isTrue();
		assertThat(principal.hasSiteRole("jyj", Role.SITE_ADMIN)).isFalse();
		assertThat(principal.hasSiteRole("gaj", Role.EDITOR)).isFalse();
	}

	@Test
	void aRealmLevelSiteRoleGrantsNothingOnAnySite() {
		GovsitePrincipal principal = GovsitePrincipal.of("sub-2", "wang", List.of("editor"), List.of());

		assertThat(principal.hasSiteRole("jyj", Role.EDITOR)).isFalse();
		assertThat(principal.canAccessSite("jyj")).isFalse();
	}

	@Test
	void platformAdminHoldsEveryRoleAndSupervisorMayOnlyLook() {
		GovsitePrincipal admin = GovsitePrincipal.of("a", "operator", List.of("platform-admin"), List.of());
		GovsitePrincipal supervisor = GovsitePrincipal.of("s", "supervisor", List.of("supervisor"), List.of());

		assertThat(admin.hasSiteRole("any", Role.CHIEF)).isTrue();
		assertThat(supervisor.canAccessSite("any")).isTrue();
		assertThat(supervisor.hasSiteRole("any", Role.EDITOR)).isFalse();
	}

}
