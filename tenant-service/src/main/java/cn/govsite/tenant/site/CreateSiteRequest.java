package cn.govsite.tenant.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.govsite.tenant.profile.ProfileRules;

/**
 * Body of {@code POST /sites}; the shape is checked here, the rules in
 * {@link SiteRegistration}.
 */
record CreateSiteRequest(@NotBlank @Pattern(regexp = CODE, message = "{govsite.site.code.pattern}") String code,
		@NotBlank @Size(min = 2, max = 60) @Pattern(regexp = CHINESE,
				message = "{govsite.site.name.chinese}") String name,
		@NotNull @Pattern(regexp = SiteKind.PATTERN, message = "{govsite.site.kind}") String kind,
		@Pattern(regexp = CODE, message = "{govsite.site.code.pattern}") String parentCode,
		@Size(max = 253) String domain, Boolean autoApprove, @Pattern(regexp = ProfileRules.SITE_IDENTIFIER_PATTERN,
				message = "{govsite.site.identifier.pattern}") String siteIdentifier) {

	static final String CODE = "^[a-z][a-z0-9-]{1,30}$";

	/** At least one Chinese character: sites carry their official Chinese full name. */
	static final String CHINESE = "(?s).*\\p{IsHan}.*";

	/** Whether the platform admin approves and brings the site online at once. */
	boolean approveAtOnce() {
		return Boolean.TRUE.equals(this.autoApprove);
	}

	SiteApplication toApplication() {
		return new SiteApplication(this.code, this.name, SiteKind.valueOf(this.kind), this.parentCode,
				(this.domain == null || this.domain.isBlank()) ? null : this.domain,
				(this.siteIdentifier == null || this.siteIdentifier.isBlank()) ? null : this.siteIdentifier,
				approveAtOnce());
	}

}
