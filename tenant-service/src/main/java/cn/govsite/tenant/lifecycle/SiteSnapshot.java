package cn.govsite.tenant.lifecycle;

import java.util.List;

import cn.govsite.tenant.site.SiteKind;
import cn.govsite.tenant.site.SiteStatus;

/**
 * What the lifecycle needs to know of a site: where it is, what it went through, and
 * whether it has its 网站标识码 (required before it goes online).
 */
public record SiteSnapshot(SiteStatus status, SiteKind kind, List<PastTransition> history, boolean identified) {

	public SiteSnapshot {
		history = List.copyOf(history);
	}

}
