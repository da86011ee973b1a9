package cn.govsite.content.site;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Payload of tenant-service's {@code SiteCreated} event, read tolerantly. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SiteCreated(Long siteId, String code, String name, String kind, Long parentId, String domain) {

	SiteFacts facts() {
		return new SiteFacts(this.siteId, this.code, this.name, this.kind, this.parentId, this.domain);
	}

}
