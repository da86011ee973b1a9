package cn.govsite.content.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.govsite.common.tenant.SiteRef;
import cn.govsite.content.publishing.PageRefresh;

/**
 * Notices end by the calendar too (an opening notice after 30 days, a domain change three
 * months after it took effect): this takes them off the home pages that still show them.
 * Safe on several replicas: the page is written under the site's lock and only when it
 * differs.
 */
@Component
class NoticeExpiry {

	private static final Logger log = LoggerFactory.getLogger(NoticeExpiry.class);

	private final PortalNotices notices;

	private final PageRefresh refresh;

	NoticeExpiry(PortalNotices notices, PageRefresh refresh) {
		this.notices = notices;
		this.refresh = refresh;
	}

	@Scheduled(fixedDelayString = "${govsite.content.notices.expiry-interval:5m}",
			initialDelayString = "${govsite.content.notices.expiry-interval:5m}")
	void scheduled() {
		sweep(Instant.now());
	}

	/** One round; returns the sites whose home was brought up to date. */
	List<SiteRef> sweep(Instant now) {
		List<SiteRef> swept = new ArrayList<>();
		for (SiteRef site : this.notices.endedButShown(now)) {
			try {
				this.refresh.home(site, "notices ended");
				this.notices.endShown(site.id(), now);
				swept.add(site);
			}
			catch (RuntimeException ex) {
				log.warn("Taking ended notices off the home of site {} failed: {}", site.code(), ex.toString());
			}
		}
		return swept;
	}

}
