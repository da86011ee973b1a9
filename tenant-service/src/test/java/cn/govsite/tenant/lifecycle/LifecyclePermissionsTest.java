package cn.govsite.tenant.lifecycle;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.security.GovsitePrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LifecyclePermissionsTest {

	private final GovsitePrincipal admin = GovsitePrincipal.of("1", "operator", List.of("platform-admin"), List.of());

	private final GovsitePrincipal supervisor = GovsitePrincipal.of("2", "supervisor", List.of("supervisor"),
			List.of());

	private final GovsitePrincipal siteAdmin = GovsitePrincipal.of("3", "jyj-admin", List.of(),
			List.of("/sites/jyj/site-admin"));

	@Test
	void approvalsBelongToSupervisorsAndPlatformAdmins() {
		for (LifecycleAction approval : List.of(LifecycleAction.APPROVE, LifecycleAction.TAKE_OFFLINE,
				LifecycleAction.START_CLOSING, LifecycleAction.EXIT_SUPERVISION)) {
			assertThat(LifecyclePermissions.may(this.admin, "jyj", approval)).isTrue();
			assertThat(LifecyclePermissions.may(this.supervisor, "jyj", approval)).isTrue();
			assertThat(LifecyclePermissions.may(this.siteAdmin, "jyj", approval)).as(approval.name()).isFalse();
		}
		assertThatThrownBy(() -> LifecyclePermissions.require(this.siteAdmin, "jyj", LifecycleAction.APPROVE))
			.isInstanceOfSatisfying(GovsiteException.class,
					ex -> assertThat(ex.type()).isEqualTo(ProblemType.FORBIDDEN));
	}

	@Test
	void onlyTheOperatorBringsOnlineAndReleasesDomains() {
		assertThat(LifecyclePermissions.may(this.admin, "jyj", LifecycleAction.BRING_ONLINE)).isTrue();
		assertThat(LifecyclePermissions.may(this.supervisor, "jyj", LifecycleAction.CLOSE)).isFalse();
		assertThat(LifecyclePermissions.may(this.siteAdmin, "jyj", LifecycleAction.BRING_ONLINE)).isFalse();
	}

	@Test
	void aSiteAdminShutsDownAndRestoresOnlyTheirOwnSite() {
		assertThat(LifecyclePermissions.may(this.siteAdmin, "jyj", LifecycleAction.EMERGENCY_SHUTDOWN)).isTrue();
		assertThat(LifecyclePermissions.may(this.siteAdmin, "jyj", LifecycleAction.RESTORE)).isTrue();
		assertThat(LifecyclePermissions.may(this.siteAdmin, "wjw", LifecycleAction.EMERGENCY_SHUTDOWN)).isFalse();
		GovsitePrincipal editor = GovsitePrincipal.of("4", "jyj-editor", List.of(), List.of("/sites/jyj/editor"));
		assertThat(LifecyclePermissions.may(editor, "jyj", LifecycleAction.EMERGENCY_SHUTDOWN)).isFalse();
	}

}
