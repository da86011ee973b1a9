package cn.govsite.tenant.profile;

import java.time.Instant;
import java.util.List;

/**
 * Event {@value #TYPE}: a site's identity or units changed (footers re-render, the
 * gateway evicts its cached site). Contacts are left out: they are personal data.
 */
public record SiteUpdated(long siteId, String code, String name, String domain, List<String> changedFields,
		String sponsorUnit, String organizerUnit, String siteIdentifier, String icpRecord, String policeRecord,
		boolean partyGovLabel, Instant reportDue) {

	public static final String TYPE = "SiteUpdated";

}
