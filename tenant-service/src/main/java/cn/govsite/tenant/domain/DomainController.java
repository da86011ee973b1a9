package cn.govsite.tenant.domain;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.tenant.site.SiteMapper;
import cn.govsite.tenant.site.SiteProblems;

/**
 * The domain ledger: the platform's whole 台账 for supervisors and platform admins, one
 * site's history for whoever administers it.
 */
@RestController
class DomainController {

	private final DomainLedger ledger;

	private final SiteMapper sites;

	DomainController(DomainLedger ledger, SiteMapper sites) {
		this.ledger = ledger;
		this.sites = sites;
	}

	@GetMapping("/domains")
	List<DomainRecord> all(@AuthenticationPrincipal GovsitePrincipal principal) {
		if (!principal.isPlatformAdmin() && !principal.isSupervisor()) {
			throw GovsiteException.forbidden(Message.of("仅监管人员和平台管理员可查看域名台账",
					"Only supervisors and platform admins may read the domain ledger"));
		}
		return this.ledger.all();
	}

	@GetMapping("/sites/{code}/domains")
	@Transactional(readOnly = true)
	List<DomainRecord> ofSite(@PathVariable String code, @AuthenticationPrincipal GovsitePrincipal principal) {
		SiteProblems.requireAccess(principal, code);
		long siteId = this.sites.findByCode(code).orElseThrow(() -> SiteProblems.notFound(code)).getId();
		return this.ledger.ofSite(siteId);
	}

}
