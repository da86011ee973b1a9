package cn.govsite.tenant.domain;

import java.time.LocalDate;

import cn.govsite.tenant.site.Site;

/**
 * A site's domains as its administrators see them: the English one, the Chinese one (both
 * forms), an announced change and the former domain still redirecting.
 */
public record SiteDomains(String code, String domain, String chineseDomain, String chineseDomainAscii,
		String pendingDomain, LocalDate pendingDomainOn, String pendingDomainReason, String formerDomain,
		LocalDate formerDomainUntil) {

	public static SiteDomains of(Site site) {
		return new SiteDomains(site.getCode(), site.getDomain(), site.getChineseDomain(), site.getChineseDomainAscii(),
				site.getPendingDomain(), site.getPendingDomainOn(), site.getPendingDomainReason(),
				site.getFormerDomain(), site.getFormerDomainUntil());
	}

}
