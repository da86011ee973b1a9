package cn.govsite.tenant.member;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.tenant.identity.SiteMembers.Member;

/** A site's people and their roles (site admins and platform admins only). */
@RestController
@RequestMapping("/sites/{code}/members")
class MemberController {

	private final MemberService members;

	MemberController(MemberService members) {
		this.members = members;
	}

	@GetMapping
	List<Member> list(@PathVariable String code, @AuthenticationPrincipal GovsitePrincipal principal) {
		return this.members.list(code, principal);
	}

	@PostMapping
	ResponseEntity<Added> add(@PathVariable String code, @Valid @RequestBody MemberBody body,
			@AuthenticationPrincipal GovsitePrincipal principal) {
		Role role = Role.fromId(body.role());
		boolean invited = this.members.add(code, body.username(), body.email(), role, principal);
		return ResponseEntity.created(URI.create("/sites/" + code + "/members/" + body.username() + "/" + role.id()))
			.body(new Added(body.username(), role.id(), invited));
	}

	@DeleteMapping("/{username}/{role}")
	ResponseEntity<Void> remove(@PathVariable String code, @PathVariable String username, @PathVariable String role,
			@AuthenticationPrincipal GovsitePrincipal principal) {
		this.members.remove(code, username, role, principal);
		return ResponseEntity.noContent().build();
	}

	/** 停用 / 启用: the account, on every site (one sign-on). */
	@PostMapping("/{username}/disable")
	ResponseEntity<Void> disable(@PathVariable String code, @PathVariable String username,
			@AuthenticationPrincipal GovsitePrincipal principal) {
		this.members.setEnabled(code, username, false, principal);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{username}/enable")
	ResponseEntity<Void> enable(@PathVariable String code, @PathVariable String username,
			@AuthenticationPrincipal GovsitePrincipal principal) {
		this.members.setEnabled(code, username, true, principal);
		return ResponseEntity.noContent().build();
	}

	/** 重置密码: a temporary password, shown once, to be changed at the next sign-in. */
	@PostMapping("/{username}/reset-password")
	PasswordReset resetPassword(@PathVariable String code, @PathVariable String username,
			@AuthenticationPrincipal GovsitePrincipal principal) {
		return new PasswordReset(username, this.members.resetPassword(code, username, principal));
	}

	record PasswordReset(String username, String temporaryPassword) {
	}

	/**
	 * The role granted; {@code invited}: the user was created and must set a password.
	 */
	record Added(String username, String role, boolean invited) {
	}

}
