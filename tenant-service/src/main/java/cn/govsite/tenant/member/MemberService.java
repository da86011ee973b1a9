package cn.govsite.tenant.member;

import java.util.List;

import org.springframework.stereotype.Service;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.tenant.identity.SiteMembers;
import cn.govsite.tenant.identity.SiteMembers.Member;
import cn.govsite.tenant.site.SiteMapper;
import cn.govsite.tenant.site.SiteProblems;

/**
 * The member use cases: a site's admins (or a platform admin) grant and withdraw the
 * site's roles. Realm-wide changes (disabling an account, resetting a password) are not
 * offered here: they reach beyond one site.
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
