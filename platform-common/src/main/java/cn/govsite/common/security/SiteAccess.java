package cn.govsite.common.security;

import java.util.Arrays;
import java.util.stream.Collectors;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.tenant.SiteRef;

/** The checks use cases make before acting on a site; a refusal is a 403 problem. */
public final class SiteAccess {

	private SiteAccess() {
	}

	public static void requireSiteRole(GovsitePrincipal principal, SiteRef site, Role... anyOf) {
		if (!principal.hasSiteRole(site.code(), anyOf)) {
			String roles = Arrays.stream(anyOf).map(Role::id).collect(Collectors.joining(", "));
			throw GovsiteException.forbidden(Message.of("需要站点 " + site.code() + " 的角色：" + roles,
					"Needs one of the roles " + roles + " on site " + site.code()));
		}
	}

	public static void requirePlatformAdmin(GovsitePrincipal principal) {
		if (!principal.isPlatformAdmin()) {
			throw GovsiteException.forbidden(Message.of("仅平台管理员可执行此操作", "Only a platform admin may do this"));
		}
	}

}
