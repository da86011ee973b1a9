package cn.govsite.asset.sharing;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.TenantContext;

@RestController
class SharingController {

	private final SharingService sharing;

	SharingController(SharingService sharing) {
		this.sharing = sharing;
	}

	@GetMapping("/assets/{id}/sharing")
	SharingView sharing(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return this.sharing.sharing(principal, id);
	}

	@PostMapping("/assets/{id}/grants")
	@ResponseStatus(HttpStatus.CREATED)
	SharingView grant(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody GrantRequest request) {
		return this.sharing.grant(principal, id, request.siteId());
	}

	@DeleteMapping("/assets/{id}/grants/{siteId}")
	SharingView revoke(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@PathVariable long siteId) {
		return this.sharing.revoke(principal, id, siteId);
	}

	@PutMapping("/assets/{id}/platform-share")
	SharingView sharePlatformWide(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return this.sharing.sharePlatformWide(principal, id);
	}

	@DeleteMapping("/assets/{id}/platform-share")
	SharingView unsharePlatformWide(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return this.sharing.unsharePlatformWide(principal, id);
	}

	/** Ids of other sites' registered resources this site may use. */
	@GetMapping("/assets/shared-with-me")
	List<Long> sharedWithMe(@AuthenticationPrincipal GovsitePrincipal principal) {
		SiteAccess.requireSiteRole(principal, TenantContext.require(), Role.SITE_ADMIN, Role.EDITOR, Role.REVIEWER,
				Role.CHIEF);
		return this.sharing.sharedWithMe();
	}

}
