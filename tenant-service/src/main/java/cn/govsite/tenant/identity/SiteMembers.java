package cn.govsite.tenant.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.security.Role;

/**
 * 站点成员 — people's roles on a site, as membership of {@code /sites/{code}/{role}} in
 * Keycloak. Users are found by user name or created without a password, with the required
 * actions to set one and verify the email at first login (an invitation).
 */
@Component
public class SiteMembers {

	/** One person holding one role (its id, e.g. {@code editor}) on a site. */
	public record Member(String username, String email, String role, boolean enabled) {
	}

	private static final Logger log = LoggerFactory.getLogger(SiteMembers.class);

	private final Keycloak keycloak;

	private final String realm;

	public SiteMembers(Keycloak keycloak, KeycloakProperties properties) {
		this.keycloak = keycloak;
		this.realm = properties.realm();
	}

	/** Adds the role; returns whether the user was created (invited) by this call. */
	public boolean add(String siteCode, String username, String email, Role role) {
		return call(() -> {
			RealmResource realm = this.keycloak.realm(this.realm);
			GroupRepresentation group = group(realm, siteCode, role);
			Optional<UserRepresentation> existing = find(realm, username);
			String id = existing.map(UserRepresentation::getId).orElseGet(() -> create(realm, username, email));
			realm.users().get(id).joinGroup(group.getId());
			return existing.isEmpty();
		});
	}

	/** Removes the role; false when no such user exists. */
	public boolean remove(String siteCode, String username, Role role) {
		return call(() -> {
			RealmResource realm = this.keycloak.realm(this.realm);
			Optional<UserRepresentation> user = find(realm, username);
			if (user.isEmpty()) {
				return false;
			}
			realm.users().get(user.get().getId()).leaveGroup(group(realm, siteCode, role).getId());
			return true;
		});
	}

	public List<Member> list(String siteCode) {
		return call(() -> {
			RealmResource realm = this.keycloak.realm(this.realm);
			List<Member> members = new ArrayList<>();
			for (Role role : SiteGroups.SITE_ROLES) {
				GroupRepresentation group = group(realm, siteCode, role);
				realm.groups()
					.group(group.getId())
					.members(0, 1000)
					.forEach(user -> members.add(new Member(user.getUsername(), user.getEmail(), role.id(),
							Boolean.TRUE.equals(user.isEnabled()))));
			}
			return members;
		});
	}

	private static Optional<UserRepresentation> find(RealmResource realm, String username) {
		return realm.users().searchByUsername(username, true).stream().findFirst();
	}

	private static String create(RealmResource realm, String username, String email) {
		UserRepresentation user = new UserRepresentation();
		user.setUsername(username);
		user.setEmail(email);
		user.setEnabled(true);
		user.setRequiredActions(List.of("UPDATE_PASSWORD", "VERIFY_EMAIL"));
		try (Response response = realm.users().create(user)) {
			if (response.getStatus() == 409) {
				throw GovsiteException
					.conflict(Message.of("该邮箱已被其他用户使用：" + email, "The email is used by another user: " + email));
			}
			if (response.getStatus() != 201) {
				throw new IllegalStateException("Keycloak answered " + response.getStatus() + " creating a user");
			}
		}
		return find(realm, username).orElseThrow(() -> new IllegalStateException("User missing after creation"))
			.getId();
	}

	private static GroupRepresentation group(RealmResource realm, String siteCode, Role role) {
		try {
			return realm.getGroupByPath("/sites/" + siteCode + "/" + role.id());
		}
		catch (NotFoundException ex) {
			throw new IllegalStateException("The groups of site " + siteCode + " are missing in Keycloak");
		}
	}

	private static <T> T call(java.util.function.Supplier<T> work) {
		try {
			return work.get();
		}
		catch (ProcessingException | WebApplicationException | IllegalStateException ex) {
			log.warn("Keycloak refused a member change: {}", ex.toString());
			throw new GovsiteException(ProblemType.SERVICE_UNAVAILABLE, Message.of("身份服务（Keycloak）暂时不可用，请稍后重试",
					"The identity service (Keycloak) is unavailable; try again later"));
		}
	}

}
