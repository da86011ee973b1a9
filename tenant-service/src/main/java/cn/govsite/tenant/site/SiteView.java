package cn.govsite.tenant.site;

import java.time.Instant;
import java.time.LocalDate;

/** A site as the administration API shows it. */
public record SiteView(long id, String code, String name, SiteKind kind, Long parentId, String domain,
		SiteStatus status, String notice, LocalDate until, String migrationTarget, Instant statusChangedAt,
		Instant domainReleasedAt, Instant createdAt, Instant updatedAt, String createdBy, String siteIdentifier,
		String chineseDomain, String pendingDomain, LocalDate pendingDomainOn, String pendingDomainReason,
		String formerDomain, LocalDate formerDomainUntil) {

	static SiteView of(Site site) {
		return new SiteView(site.getId(), site.getCode(), site.getName(), site.getKind(), site.getParentId(),
				site.getDomain(), site.getStatus(), site.getNotice(), site.getOfflineUntil(), site.getMigrationTarget(),
				site.getStatusChangedAt(), site.getDomainReleasedAt(), site.getCreatedAt(), site.getUpdatedAt(),
				site.getCreatedBy(), site.getSiteIdentifier(), site.getChineseDomain(), site.getPendingDomain(),
				site.getPendingDomainOn(), site.getPendingDomainReason(), site.getFormerDomain(),
				site.getFormerDomainUntil());
	}

}
