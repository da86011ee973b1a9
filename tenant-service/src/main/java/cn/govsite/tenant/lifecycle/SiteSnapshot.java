package cn.govsite.tenant.lifecycle;

import java.util.List;

import cn.govsite.tenant.site.SiteKind;
import cn.govsite.tenant.site.SiteStatus;

/** What the lifecycle needs to know of a site: where it is and what it went through. */
public record SiteSnapshot(SiteStatus status, SiteKind kind, List<PastTransition> history) {

	public SiteSnapshot {
		history = List.copyOf(history);
	}

}
