package cn.govsite.content.notice;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;

/**
 * The notices pinned on sites' home pages: what the current site shows now, pinning (once
 * per event, however often it arrives) and ending them.
 */
@Service
public class PortalNotices {

	private static final ZoneId READERS_ZONE = ZoneId.of("Asia/Shanghai");

	private final PortalNoticeMapper notices;

	private final JdbcTemplate jdbc;

	private final NoticeProperties properties;

	PortalNotices(PortalNoticeMapper notices, JdbcTemplate jdbc, NoticeProperties properties) {
		this.notices = notices;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * What the current site's home shows at {@code now}, newest first, as a template sees
	 * it ({@code kind}, {@code title}, {@code body}, {@code link}, {@code date}).
	 */
	public List<Map<String, Object>> shownOnHome(Instant now) {
		TenantContext.require();
		return this.notices
			.selectList(Wrappers.<PortalNotice>lambdaQuery()
				.le(PortalNotice::getStartsAt, now)
				.and(open -> open.isNull(PortalNotice::getEndsAt).or().gt(PortalNotice::getEndsAt, now))
				.orderByDesc(PortalNotice::getStartsAt)
				.orderByDesc(PortalNotice::getId)
				.last("LIMIT " + Math.max(1, this.properties.shown())))
			.stream()
			.map(PortalNotices::model)
			.toList();
	}

	/** Pins the notice on {@code portal}; false when this event already pinned it. */
	boolean pin(SiteRef portal, long subjectSiteId, NoticePlan.Pin pin, String eventId) {
		PortalNotice notice = new PortalNotice();
		notice.setSiteId(portal.id());
		notice.setSubjectSiteId(subjectSiteId);
		notice.setKind(pin.kind());
		notice.setTitle(pin.title());
		notice.setBody(pin.body());
		notice.setLink(pin.link());
		notice.setStartsAt(pin.startsAt().truncatedTo(ChronoUnit.SECONDS));
		notice.setEndsAt((pin.endsAt() != null) ? pin.endsAt().truncatedTo(ChronoUnit.SECONDS) : null);
		notice.setEndShown(false);
		notice.setSourceEvent(eventId);
		notice.setCreatedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		try {
			TenantContext.runAs(portal, () -> this.notices.insert(notice));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Ends the open notices of these kinds about the site, on every portal; returns the
	 * ids of the sites whose home showed one.
	 */
	List<Long> end(long subjectSiteId, Set<NoticeKind> kinds, Instant at) {
		List<Long> portals = new ArrayList<>();
		Instant end = at.truncatedTo(ChronoUnit.SECONDS);
		for (NoticeKind kind : kinds) {
			// Across sites: a notice about one site is shown on another site's home.
			portals.addAll(this.jdbc.queryForList(
					"SELECT DISTINCT site_id FROM portal_notice WHERE subject_site_id = ? AND kind = ?"
							+ " AND (ends_at IS NULL OR ends_at > ?)",
					Long.class, subjectSiteId, kind.name(), Timestamp.from(end)));
			this.jdbc.update(
					"UPDATE portal_notice SET ends_at = ?, end_shown = TRUE WHERE subject_site_id = ? AND kind = ?"
							+ " AND (ends_at IS NULL OR ends_at > ?)",
					Timestamp.from(end), subjectSiteId, kind.name(), Timestamp.from(end));
		}
		return portals.stream().distinct().toList();
	}

	/**
	 * Sites whose home still shows a notice that ended by {@code now}, with the codes
	 * they are known by.
	 */
	List<SiteRef> endedButShown(Instant now) {
		return this.jdbc.query(
				"SELECT DISTINCT n.site_id, p.code FROM portal_notice n JOIN site_profile p ON p.site_id = n.site_id"
						+ " WHERE n.end_shown = FALSE AND n.ends_at <= ?",
				(rs, row) -> new SiteRef(rs.getLong(1), rs.getString(2)), Timestamp.from(now));
	}

	/** Marks the site's notices that ended by {@code now} as taken off its home. */
	void endShown(long siteId, Instant now) {
		this.jdbc.update("UPDATE portal_notice SET end_shown = TRUE WHERE site_id = ? AND end_shown = FALSE"
				+ " AND ends_at <= ?", siteId, Timestamp.from(now));
	}

	private static Map<String, Object> model(PortalNotice notice) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("kind", notice.getKind().name());
		model.put("title", notice.getTitle());
		model.put("body", notice.getBody());
		model.put("link", (notice.getLink() != null) ? notice.getLink() : "");
		model.put("date", notice.getStartsAt().atZone(READERS_ZONE).toLocalDate().toString());
		return model;
	}

}
