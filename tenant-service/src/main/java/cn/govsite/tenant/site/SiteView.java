package cn.govsite.tenant.site;

import java.time.Instant;

/** A site as the administration API shows it. */
public record SiteView(long id, String code, String name, SiteKind kind, Long parentId, String domain,
		SiteStatus status, Instant createdAt, Instant updatedAt, String createdBy) {

	static SiteView of(Site site) {
		return new SiteView(site.getId(), site.getCode(), site.getName(), site.getKind(), site.getParentId(),
				site.getDomain(), site.getStatus(), site.getCreatedAt(), site.getUpdatedAt(), site.getCreatedBy());
	}

}
