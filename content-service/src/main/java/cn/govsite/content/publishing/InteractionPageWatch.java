package cn.govsite.content.publishing;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.govsite.common.tenant.SiteRef;

/**
 * The 政民互动 page changes without any article being published: a letter is published or
 * taken off, a survey opens or closes, and the month's figures move with every message.
 * This renders each published site's page again and writes it only when it differs from
 * the file on record, so the site shows the letters and figures within one interval. Safe
 * on several replicas: each site's round holds the site's lock.
 */
@Component
class InteractionPageWatch {

	private static final Logger log = LoggerFactory.getLogger(InteractionPageWatch.class);

	private final JdbcTemplate jdbc;

	private final PageRefresh refresh;

	InteractionPageWatch(JdbcTemplate jdbc, PageRefresh refresh) {
		this.jdbc = jdbc;
		this.refresh = refresh;
	}

	@Scheduled(fixedDelayString = "${govsite.content.publishing.interaction-watch-interval:2m}",
			initialDelayString = "${govsite.content.publishing.interaction-watch-interval:2m}")
	void scheduled() {
		check();
	}

	/** One round over every published site; returns the keys written. */
	List<String> check() {
		List<SiteRef> published = this.jdbc.query(
				"SELECT s.site_id, p.code FROM site_render_state s JOIN site_profile p ON p.site_id = s.site_id",
				(rs, row) -> new SiteRef(rs.getLong(1), rs.getString(2)));
		List<String> written = new ArrayList<>();
		for (SiteRef site : published) {
			try {
				this.refresh
					.refresh(site, PageRef.of(PageRef.Kind.INTERACTION), RenderJob.Kind.INTERACTION,
							"interaction page changed", "interaction-watch")
					.ifPresent(written::add);
			}
			catch (RuntimeException ex) {
				log.warn("Interaction page check of site {} failed: {}", site.code(), ex.toString());
			}
		}
		return written;
	}

}
