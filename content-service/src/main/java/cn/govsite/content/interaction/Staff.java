package cn.govsite.content.interaction;

import java.util.EnumSet;
import java.util.Set;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;

/** The request's site and the caller's roles on it, for interaction's staff endpoints. */
public final class Staff {

	public static final Role[] ROLES = { Role.SITE_ADMIN, Role.EDITOR, Role.REVIEWER, Role.CHIEF };

	private Staff() {
	}

	/** The roles the caller holds on the request's site; no staff role there is a 403. */
	public static Set<Role> roles(GovsitePrincipal principal) {
		SiteRef site = TenantContext.require();
		requireSignedIn(principal);
		SiteAccess.requireSiteRole(principal, site, ROLES);
		if (principal.isPlatformAdmin()) {
			return EnumSet.copyOf(Set.of(ROLES));
		}
		return principal.siteRoles().getOrDefault(site.code(), Set.of());
	}

	/** Only the site admin (or a platform admin) configures the site's interaction. */
	public static void requireSiteAdmin(GovsitePrincipal principal) {
		requireSignedIn(principal);
		SiteAccess.requireSiteRole(principal, TenantContext.require(), Role.SITE_ADMIN);
	}

	/** Public paths let anonymous callers in; the parts that need a person say so. */
	public static GovsitePrincipal requireSignedIn(GovsitePrincipal principal) {
		if (principal == null) {
			throw new GovsiteException(ProblemType.UNAUTHENTICATED, Message.of("需要登录", "Sign in first"));
		}
		return principal;
	}

}
