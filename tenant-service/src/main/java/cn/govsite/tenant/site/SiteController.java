package cn.govsite.tenant.site;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;

/** Administration API of sites: platform admins open them, supervisors read them. */
@RestController
@RequestMapping("/sites")
class SiteController {

	private final SiteService sites;

	SiteController(SiteService sites) {
		this.sites = sites;
	}

	@PostMapping
	ResponseEntity<SiteView> create(@Valid @RequestBody CreateSiteRequest request,
			@AuthenticationPrincipal GovsitePrincipal principal) {
		Site site = this.sites.create(request.toApplication(), request.approveAtOnce(), principal);
		return ResponseEntity.created(URI.create("/sites/" + site.getCode())).body(SiteView.of(site));
	}

	@GetMapping
	List<SiteView> list(@AuthenticationPrincipal GovsitePrincipal principal) {
		return this.sites.list(principal).stream().map(SiteView::of).toList();
	}

	@GetMapping("/{code}")
	SiteView get(@PathVariable String code, @AuthenticationPrincipal GovsitePrincipal principal) {
		return SiteView.of(this.sites.get(code, principal));
	}

}
