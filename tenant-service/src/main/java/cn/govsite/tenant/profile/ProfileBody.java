package cn.govsite.tenant.profile;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code PUT /sites/{code}/profile}: the whole profile (absent fields become
 * empty). Lengths here, formats in {@link ProfileRules}.
 */
record ProfileBody(@Size(max = 100) String sponsorUnit, @Size(max = 100) String organizerUnit,
		@Size(max = 10) String siteIdentifier, @Size(max = 40) String icpRecord, @Size(max = 40) String policeRecord,
		Boolean partyGovLabel, @Size(max = 10) List<@Valid ContactBody> contacts) {

	record ContactBody(@Size(max = 50) String name, @Size(max = 30) String phone, @Size(max = 100) String email) {
	}

	SiteProfile toProfile() {
		List<Contact> people = (this.contacts == null) ? List.of()
				: this.contacts.stream()
					.map(c -> (c == null) ? new Contact(null, null, null)
							: new Contact(clean(c.name()), clean(c.phone()), clean(c.email())))
					.toList();
		return new SiteProfile(clean(this.sponsorUnit), clean(this.organizerUnit), clean(this.siteIdentifier),
				clean(this.icpRecord), clean(this.policeRecord), Boolean.TRUE.equals(this.partyGovLabel), people);
	}

	private static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
