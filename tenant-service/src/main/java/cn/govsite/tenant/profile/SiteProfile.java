package cn.govsite.tenant.profile;

import java.util.List;

/**
 * 网站身份与单位 — the site's identity as every page footer shows it, and its contacts.
 *
 * @param sponsorUnit 主办单位, the unit that owns the site
 * @param organizerUnit 承办单位, the unit that runs it
 * @param siteIdentifier 网站标识码 (10 characters, see {@link ProfileRules})
 * @param icpRecord ICP备案号
 * @param policeRecord 公安机关备案号
 * @param partyGovLabel whether the 党政机关网站标识 is shown
 * @param contacts 联系人
 */
public record SiteProfile(String sponsorUnit, String organizerUnit, String siteIdentifier, String icpRecord,
		String policeRecord, boolean partyGovLabel, List<Contact> contacts) {

	public SiteProfile {
		contacts = (contacts != null) ? List.copyOf(contacts) : List.of();
	}

}
