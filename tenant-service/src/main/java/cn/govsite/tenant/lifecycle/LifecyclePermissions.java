package cn.govsite.tenant.lifecycle;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;

/**
 * Who may do what to a site's lifecycle. Approvals (opening, temporary offline, closing,
 * exit from supervision) belong to the supervisor or the platform admin; the operator
 * brings sites online and releases domains; a site's own admin may only shut it down in
 * an emergency and restore it.
 */
public final class LifecyclePermissions {

	private LifecyclePermissions() {
	}

	public static boolean may(GovsitePrincipal principal, String siteCode, LifecycleAction action) {
		return switch (action) {
			case APPROVE, TAKE_OFFLINE, START_CLOSING, EXIT_SUPERVISION ->
				principal.isPlatformAdmin() || principal.isSupervisor();
			case BRING_ONLINE, CLOSE -> principal.isPlatformAdmin();
			case EMERGENCY_SHUTDOWN, RESTORE ->
				principal.isSupervisor() || principal.hasSiteRole(siteCode, Role.SITE_ADMIN);
		};
	}

	/** A 403 problem unless the principal may act. */
	public static void require(GovsitePrincipal principal, String siteCode, LifecycleAction action) {
		if (!may(principal, siteCode, action)) {
			throw GovsiteException.forbidden(Message.of("无权对站点 " + siteCode + " 执行 " + action,
					"Not allowed to " + action + " site " + siteCode));
		}
	}

}
