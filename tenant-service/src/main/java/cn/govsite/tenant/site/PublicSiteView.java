package cn.govsite.tenant.site;

import java.time.LocalDate;

/**
 * A site as anyone may see it: what the gateway needs to route a host to its site and
 * answer for its state (notice, planned end of an offline, migration target), and what
 * every page footer shows (units and identity, the Chinese domain; contacts stay
 * private). {@code formerDomain} is the site's previous English domain while it still
 * redirects: the gateway answers it with 301 to {@code domain}.
 */
public record PublicSiteView(long id, String code, String name, SiteKind kind, Long parentId, String domain,
		SiteStatus status, String notice, LocalDate until, String migrationTarget, String sponsorUnit,
		String organizerUnit, String siteIdentifier, String icpRecord, String policeRecord, boolean partyGovLabel,
		String chineseDomain, String chineseDomainAscii, String formerDomain) {

	static PublicSiteView of(Site site) {
		return new PublicSiteView(site.getId(), site.getCode(), site.getName(), site.getKind(), site.getParentId(),
				site.getDomain(), site.getStatus(), site.getNotice(), site.getOfflineUntil(), site.getMigrationTarget(),
				site.getSponsorUnit(), site.getOrganizerUnit(), site.getSiteIdentifier(), site.getIcpRecord(),
				site.getPoliceRecord(), Boolean.TRUE.equals(site.getPartyGovLabel()), site.getChineseDomain(),
				site.getChineseDomainAscii(), site.getFormerDomain());
	}

}
