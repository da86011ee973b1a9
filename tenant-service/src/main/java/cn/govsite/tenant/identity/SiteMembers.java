package cn.govsite.tenant.identity;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
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

	/**
	 * An account as far as realm-wide changes care: the sites it holds roles on and
	 * whether it holds a platform role.
	 */
	public record Account(String id, String username, boolean enabled, Set<String> sites, boolean platformRole) {
	}

	private static final String PASSWORD_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

	private static final String PASSWORD_DIGITS = "23456789";

	private static final String PASSWORD_SYMBOLS = "@#%&*+=?";

	private final SecureRandom random = new SecureRandom();

	public Optional<Account> account(String username) {
		return call(() -> {
			RealmResource realm = this.keycloak.realm(this.realm);
			Optional<UserRepresentation> user = find(realm, username);
			if (user.isEmpty()) {
				return Optional.empty();
			}
			String id = user.get().getId();
			Set<String> sites = new TreeSet<>();
			for (GroupRepresentation group : realm.users().get(id).groups(0, 1000, false)) {
				String[] path = (group.getPath() != null) ? group.getPath().split("/") : new String[0];
				if (path.length >= 3 && "sites".equals(path[1])) {
					sites.add(path[2]);
				}
			}
			boolean platformRole = realm.users()
				.get(id)
				.roles()
				.realmLevel()
				.listEffective()
				.stream()
				.map(RoleRepresentation::getName)
				.anyMatch(name -> Role.PLATFORM_ADMIN.id().equals(name) || Role.SUPERVISOR.id().equals(name));
			return Optional
				.of(new Account(id, username, Boolean.TRUE.equals(user.get().isEnabled()), sites, platformRole));
		});
	}

	/** Enables or disables the account; disabling also ends its sessions. */
	public void setEnabled(Account account, boolean enabled) {
		call(() -> {
			var user = this.keycloak.realm(this.realm).users().get(account.id());
			UserRepresentation change = user.toRepresentation();
			change.setEnabled(enabled);
			user.update(change);
			if (!enabled) {
				user.logout();
			}
			return null;
		});
	}

	/**
	 * Sets a new temporary password (changed at the next sign-in, as Keycloak requires
	 * for a temporary one), ends the account's sessions, and returns the password to hand
	 * over.
	 */
	public String resetPassword(Account account) {
		String password = temporaryPassword();
		call(() -> {
			var user = this.keycloak.realm(this.realm).users().get(account.id());
			CredentialRepresentation credential = new CredentialRepresentation();
			credential.setType(CredentialRepresentation.PASSWORD);
			credential.setValue(password);
			credential.setTemporary(true);
			user.resetPassword(credential);
			user.logout();
			return null;
		});
		return password;
	}

	/**
	 * 14 characters with letters of both cases, digits and symbols: the realm's policy
	 * and more.
	 */
	private String temporaryPassword() {
		StringBuilder password = new StringBuilder();
		String all = PASSWORD_LETTERS + PASSWORD_DIGITS + PASSWORD_SYMBOLS;
		password.append(PASSWORD_LETTERS.charAt(this.random.nextInt(24)));
		password.append(PASSWORD_LETTERS.charAt(24 + this.random.nextInt(PASSWORD_LETTERS.length() - 24)));
		password.append(PASSWORD_DIGITS.charAt(this.random.nextInt(PASSWORD_DIGITS.length())));
		password.append(PASSWORD_SYMBOLS.charAt(this.random.nextInt(PASSWORD_SYMBOLS.length())));
		while (password.length() < 14) {
			password.append(all.charAt(this.random.nextInt(all.length())));
		}
		return password.toString();
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
