package cn.govsite.tenant.site;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public read API of sites (no token): the gateway resolves hosts and codes with it,
 * pages read a site's name.
 */
@RestController
@RequestMapping("/public/sites")
class PublicSiteController {

	private final SiteService sites;

	PublicSiteController(SiteService sites) {
		this.sites = sites;
	}

	@GetMapping("/resolve")
	PublicSiteView resolve(@RequestParam String host) {
		return PublicSiteView.of(this.sites.resolve(host));
	}

	@GetMapping("/{code}")
	PublicSiteView byCode(@PathVariable String code) {
		return PublicSiteView.of(this.sites.publicByCode(code));
	}

}
