package cn.govsite.common.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The signed-in person as the platform sees them: platform roles from the realm, and
 * roles per site from group membership {@code /sites/{siteCode}/{role}}.
 */
public record GovsitePrincipal(String subject, String username, Set<Role> platformRoles,
		Map<String, Set<Role>> siteRoles) {

	public static final String SITE_GROUP_ROOT = "/sites/";

	public GovsitePrincipal {
		platformRoles = Set.copyOf(platformRoles);
		siteRoles = Map.copyOf(siteRoles);
	}

	public static GovsitePrincipal of(String subject, String username, Collection<String> realmRoles,
			Collection<String> groups) {
		Set<Role> platform = EnumSet.noneOf(Role.class);
		for (String id : realmRoles) {
			Role role = Role.fromId(id);
			if (role != null && !role.isSiteRole()) {
				platform.add(role);
			}
		}
		Map<String, Set<Role>> perSite = new HashMap<>();
		for (String group : groups) {
			if (!group.startsWith(SITE_GROUP_ROOT)) {
				continue;
			}
			String[] parts = group.substring(SITE_GROUP_ROOT.length()).split("/");
			Role role = (parts.length == 2) ? Role.fromId(parts[1]) : null;
			if (role != null && role.isSiteRole() && !parts[0].isBlank()) {
				perSite.computeIfAbsent(parts[0], code -> EnumSet.noneOf(Role.class)).add(role);
			}
		}
		return new GovsitePrincipal(subject, username, platform, perSite);
	}

	public boolean isPlatformAdmin() {
		return this.platformRoles.contains(Role.PLATFORM_ADMIN);
	}

	public boolean isSupervisor() {
		return this.platformRoles.contains(Role.SUPERVISOR);
	}

	/**
	 * Whether the person holds one of the roles on the site; platform admins hold them
	 * all.
	 */
	public boolean hasSiteRole(String siteCode, Role... anyOf) {
		if (isPlatformAdmin()) {
			return true;
		}
		Set<Role> held = this.siteRoles.getOrDefault(siteCode, Set.of());
		return Arrays.stream(anyOf).anyMatch(held::contains);
	}

	/**
	 * Whether the person may see the site's administration at all (any role, or
	 * supervision).
	 */
	public boolean canAccessSite(String siteCode) {
		return isPlatformAdmin() || isSupervisor() || !this.siteRoles.getOrDefault(siteCode, Set.of()).isEmpty();
	}

	public List<String> authorities() {
		var names = new java.util.ArrayList<String>();
		this.platformRoles.forEach(role -> names.add("ROLE_" + role.id()));
		this.siteRoles.forEach((site, roles) -> roles.forEach(role -> names.add("SITE_" + site + ":" + role.id())));
		return names;
	}

}
