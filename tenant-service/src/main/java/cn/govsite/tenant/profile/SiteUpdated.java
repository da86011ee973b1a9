package cn.govsite.tenant.profile;

import java.time.Instant;
import java.util.List;

import cn.govsite.tenant.site.Site;

/**
 * Event {@value #TYPE}: a site's identity, units or domains changed (footers re-render,
 * the gateway evicts its cached site and the host look-ups in {@code staleHosts}: a
 * former domain, an old Chinese domain's punycode form). Every identity field is always
 * sent: content-service stores them as they come. Contacts are left out: they are
 * personal data.
 *
 * @param reportDue the change's reporting deadline, {@code null} when the step reports
 * nothing new (a domain switch announced before)
 */
public record SiteUpdated(long siteId, String code, String name, String domain, List<String> changedFields,
		String sponsorUnit, String organizerUnit, String siteIdentifier, String icpRecord, String policeRecord,
		boolean partyGovLabel, Instant reportDue, String chineseDomain, String formerDomain, List<String> staleHosts) {

	public static final String TYPE = "SiteUpdated";

	/** The site as it is now, with what changed. */
	public static SiteUpdated of(Site site, List<String> changedFields, Instant reportDue, List<String> staleHosts) {
		return new SiteUpdated(site.getId(), site.getCode(), site.getName(), site.getDomain(), changedFields,
				site.getSponsorUnit(), site.getOrganizerUnit(), site.getSiteIdentifier(), site.getIcpRecord(),
				site.getPoliceRecord(), Boolean.TRUE.equals(site.getPartyGovLabel()), reportDue,
				site.getChineseDomain(), site.getFormerDomain(), staleHosts);
	}

}
