package cn.govsite.tenant.identity;

import java.util.List;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.RoleScopeResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;

/**
 * 站点用户组 — a site's groups in Keycloak: {@code /sites/{code}} with one subgroup per site
 * role, each granting the realm role of the same name. Membership of
 * {@code /sites/{code}/editor} is what makes someone an editor of that site (see
 * {@link GovsitePrincipal}). Idempotent: groups and mappings that exist are reused, so a
 * retried or repeated creation converges.
 */
@Component
public class SiteGroups {

	/** The roles granted per site, in the order their subgroups are created. */
	public static final List<Role> SITE_ROLES = List.of(Role.SITE_ADMIN, Role.EDITOR, Role.REVIEWER, Role.CHIEF);

	private static final Logger log = LoggerFactory.getLogger(SiteGroups.class);

	private static final String ROOT = "sites";

	private final Keycloak keycloak;

	private final String realm;

	public SiteGroups(Keycloak keycloak, KeycloakProperties properties) {
		this.keycloak = keycloak;
		this.realm = properties.realm();
	}

	/**
	 * Makes sure the site's groups and role mappings exist; a 503 problem when Keycloak
	 * cannot be reached or refuses.
	 */
	public void ensureSiteGroups(String siteCode) {
		try {
			RealmResource realm = this.keycloak.realm(this.realm);
			GroupRepresentation root = topLevel(realm, ROOT);
			GroupRepresentation site = child(realm, root, siteCode);
			for (Role role : SITE_ROLES) {
				GroupRepresentation roleGroup = child(realm, site, role.id());
				grantRealmRole(realm, roleGroup, role.id());
			}
		}
		catch (ProcessingException | WebApplicationException | IllegalStateException ex) {
			log.warn("Keycloak could not provision the groups of site {}: {}", siteCode, ex.toString());
			throw new GovsiteException(ProblemType.SERVICE_UNAVAILABLE, Message.of("身份服务（Keycloak）暂时不可用，站点未创建，请稍后重试",
					"The identity service (Keycloak) is unavailable; the site was not created, try again later"));
		}
	}

	private static GroupRepresentation topLevel(RealmResource realm, String name) {
		GroupRepresentation existing = byPath(realm, "/" + name);
		if (existing != null) {
			return existing;
		}
		try (Response response = realm.groups().add(group(name))) {
			return created(realm, "/" + name, response);
		}
	}

	private static GroupRepresentation child(RealmResource realm, GroupRepresentation parent, String name) {
		String path = parent.getPath() + "/" + name;
		GroupRepresentation existing = byPath(realm, path);
		if (existing != null) {
			return existing;
		}
		try (Response response = realm.groups().group(parent.getId()).subGroup(group(name))) {
			return created(realm, path, response);
		}
	}

	/**
	 * The group just created, or the one a concurrent request created first (409).
	 */
	private static GroupRepresentation created(RealmResource realm, String path, Response response) {
		int status = response.getStatus();
		if (status != 201 && status != 409) {
			throw new IllegalStateException("Keycloak answered " + status + " when creating group " + path);
		}
		GroupRepresentation group = byPath(realm, path);
		if (group == null) {
			throw new IllegalStateException("Group " + path + " is missing right after its creation");
		}
		return group;
	}

	private static GroupRepresentation byPath(RealmResource realm, String path) {
		try {
			return realm.getGroupByPath(path);
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	/**
	 * Grants the realm role to the group unless it has it. The role is taken from the
	 * group's available roles: reading {@code /roles/{name}} would need the broader
	 * view-realm permission.
	 */
	private static void grantRealmRole(RealmResource realm, GroupRepresentation group, String roleName) {
		RoleScopeResource roles = realm.groups().group(group.getId()).roles().realmLevel();
		if (roles.listAll().stream().anyMatch(role -> roleName.equals(role.getName()))) {
			return;
		}
		RoleRepresentation role = roles.listAvailable()
			.stream()
			.filter(candidate -> roleName.equals(candidate.getName()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Realm role " + roleName + " does not exist"));
		roles.add(List.of(role));
	}

	private static GroupRepresentation group(String name) {
		GroupRepresentation group = new GroupRepresentation();
		group.setName(name);
		return group;
	}

}
