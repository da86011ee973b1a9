package cn.govsite.tenant.member;

import java.util.List;

import org.springframework.stereotype.Service;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.tenant.identity.SiteMembers;
import cn.govsite.tenant.identity.SiteMembers.Account;
import cn.govsite.tenant.identity.SiteMembers.Member;
import cn.govsite.tenant.site.SiteMapper;
import cn.govsite.tenant.site.SiteProblems;

/**
 * The member use cases: a site's admins (or a platform admin) grant and withdraw the
 * site's roles, and disable, enable or reset the accounts of their site's people. Those
 * three are realm-wide (one sign-on for all sites): a site admin may do them only to an
 * account that works on their site alone and holds no platform role; otherwise only a
 * platform admin may.
 */
@Service
public class MemberService {

	private final SiteMapper sites;

	private final SiteMembers members;

	public MemberService(SiteMapper sites, SiteMembers members) {
		this.sites = sites;
		this.members = members;
	}

	public List<Member> list(String code, GovsitePrincipal by) {
		requireSiteAdmin(code, by);
		return this.members.list(code);
	}

	public boolean add(String code, String username, String email, Role role, GovsitePrincipal by) {
		requireSiteAdmin(code, by);
		return this.members.add(code, username, email, role);
	}

	public void remove(String code, String username, String roleId, GovsitePrincipal by) {
		requireSiteAdmin(code, by);
		Role role = Role.fromId(roleId);
		if (role == null || !role.isSiteRole()) {
			throw GovsiteException.invalid("role", Message.of("角色须为 site-admin、editor、reviewer 或 chief 之一",
					"The role must be one of site-admin, editor, reviewer, chief"));
		}
		if (!this.members.remove(code, username, role)) {
			throw GovsiteException.notFound("用户", "User", username);
		}
	}

	public void setEnabled(String code, String username, boolean enabled, GovsitePrincipal by) {
		Account account = accountInReach(code, username, by);
		if (!enabled && username.equals(by.username())) {
			throw GovsiteException.conflict(Message.of("不能停用自己的账号", "You cannot disable your own account"));
		}
		this.members.setEnabled(account, enabled);
	}

	public String resetPassword(String code, String username, GovsitePrincipal by) {
		return this.members.resetPassword(accountInReach(code, username, by));
	}

	/** The member's account, if the caller may change it (see the class comment). */
	private Account accountInReach(String code, String username, GovsitePrincipal by) {
		requireSiteAdmin(code, by);
		Account account = this.members.account(username)
			.filter(found -> found.sites().contains(code))
			.orElseThrow(() -> GovsiteException.notFound("站点成员", "Site member", username));
		boolean beyondSite = account.platformRole() || account.sites().stream().anyMatch(site -> !site.equals(code));
		if (beyondSite && !by.isPlatformAdmin()) {
			throw GovsiteException.forbidden(Message.of("该账号还在其他站点任职或持有平台角色，只能由平台管理员停用、启用或重置",
					"This account also works on other sites or holds a platform role: only a platform admin may disable, enable or reset it"));
		}
		return account;
	}

	private void requireSiteAdmin(String code, GovsitePrincipal by) {
		if (!by.hasSiteRole(code, Role.SITE_ADMIN)) {
			throw GovsiteException.forbidden(Message.of("仅站点管理员或平台管理员可管理站点 " + code + " 的成员",
					"Only a site admin of " + code + " or a platform admin may manage its members"));
		}
		if (this.sites.findByCode(code).isEmpty()) {
			throw SiteProblems.notFound(code);
		}
	}

}
