package cn.govsite.content.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.govsite.content.notice.NoticePlan.Pin;
import cn.govsite.content.notice.NoticePlan.Place;

/**
 * Which notices a site's lifecycle and domain events pin and end (seed 001 第九条, 第十一条): an
 * opening notice on the parent portal for at least 30 days; a temporary offline or an
 * emergency shutdown pinned there until the site is back (or the planned end); a closing
 * notice while the site closes, then where its content went; a domain change announced in
 * advance on the site itself and on the city portal, kept three months after the change.
 * Plain rules: the texts are the platform's, the site's own notice text is quoted.
 */
public final class NoticeRules {

	private static final ZoneId READERS_ZONE = ZoneId.of("Asia/Shanghai");

	private final NoticeProperties properties;

	public NoticeRules(NoticeProperties properties) {
		this.properties = properties;
	}

	/** The subject of the event: the site's name and current domain. */
	public record Subject(String name, String domain) {
	}

	public NoticePlan plan(Subject site, SiteEvent event) {
		Instant at = event.occurredAt();
		String home = this.properties.siteUrl(site.domain());
		return switch (event.action()) {
			case "BRING_ONLINE" -> "APPROVED".equals(event.fromStatus())
					? new NoticePlan(
							List.of(pin(Place.PARENT_PORTAL, NoticeKind.OPENING, "关于" + site.name() + "正式上线的公告",
									site.name() + "（" + site.domain() + "）已于" + date(at) + "正式上线运行，欢迎访问。", home, at,
									at.plus(this.properties.openingDays()))),
							Set.of(NoticeKind.OFFLINE, NoticeKind.SHUTDOWN))
					: ending(NoticeKind.OFFLINE, NoticeKind.SHUTDOWN);
			case "RESTORE" -> ending(NoticeKind.OFFLINE, NoticeKind.SHUTDOWN);
			case "TAKE_OFFLINE" ->
				new NoticePlan(List.of(pin(Place.PARENT_PORTAL, NoticeKind.OFFLINE, "关于" + site.name() + "临时下线的公告",
						said(event.notice(), site.name() + "临时下线维护。")
								+ ((event.until() != null) ? "预计于" + event.until() + "恢复访问。" : ""),
						null, at, (event.until() != null) ? endOf(event.until()) : null)), Set.of());
			case "EMERGENCY_SHUTDOWN" ->
				new NoticePlan(List.of(pin(Place.PARENT_PORTAL, NoticeKind.SHUTDOWN, "关于" + site.name() + "暂停访问的公告",
						said(event.notice(), site.name() + "因紧急情况暂停访问，恢复时间另行通知。"), null, at, null)), Set.of());
			case "START_CLOSING" ->
				new NoticePlan(List.of(pin(Place.PARENT_PORTAL, NoticeKind.CLOSING, "关于" + site.name() + "关停迁移的公告",
						said(event.notice(), site.name() + "即将关停。") + moved(event.migrationTarget()),
						link(event.migrationTarget()), at, null)), Set.of());
			case "CLOSE" -> new NoticePlan(
					List.of(pin(Place.PARENT_PORTAL, NoticeKind.CLOSED, "关于" + site.name() + "原有内容去向的公告",
							site.name() + "已于" + date(at) + "关停。" + moved(event.migrationTarget()),
							link(event.migrationTarget()), at, at.plus(this.properties.closedDays()))),
					Set.of(NoticeKind.CLOSING));
			case "EXIT_SUPERVISION" -> new NoticePlan(List.of(pin(Place.PARENT_PORTAL, NoticeKind.EXITED,
					"关于" + site.name() + "退出政府网站监管的公告", said(event.notice(), site.name() + "已退出政府网站监管。"), null, at,
					at.plus(this.properties.closedDays()))), Set.of());
			case SiteEvent.DOMAIN_ANNOUNCED -> domainChange(site, event, at);
			case SiteEvent.DOMAIN_CANCELLED -> ending(NoticeKind.DOMAIN_CHANGE);
			default -> NoticePlan.NOTHING;
		};
	}

	private NoticePlan domainChange(Subject site, SiteEvent event, Instant at) {
		if (event.newDomain() == null || event.effectiveOn() == null) {
			throw new IllegalArgumentException("A domain change needs its new domain and effective date");
		}
		String oldDomain = (event.oldDomain() != null) ? event.oldDomain() : site.domain();
		String body = "自" + event.effectiveOn() + "起，" + site.name() + "的网址由 " + oldDomain + " 变更为 " + event.newDomain()
				+ "。原网址自变更之日起继续跳转三个月，此后停止使用，请更新收藏。";
		Instant ends = endOf(event.effectiveOn()).plus(this.properties.domainChangeDays());
		String title = "关于" + site.name() + "网址变更的公告";
		String link = this.properties.siteUrl(event.newDomain());
		List<Pin> pins = new ArrayList<>();
		pins.add(pin(Place.OWN_SITE, NoticeKind.DOMAIN_CHANGE, title, body, link, at, ends));
		pins.add(pin(Place.CITY_PORTAL, NoticeKind.DOMAIN_CHANGE, title, body, link, at, ends));
		return new NoticePlan(pins, Set.of());
	}

	private static Pin pin(Place place, NoticeKind kind, String title, String body, String link, Instant startsAt,
			Instant endsAt) {
		return new Pin(place, kind, title, body, link, startsAt, endsAt);
	}

	private static NoticePlan ending(NoticeKind... kinds) {
		return new NoticePlan(List.of(), Set.of(kinds));
	}

	private static String said(String notice, String otherwise) {
		return (notice == null || notice.isBlank()) ? otherwise : notice.strip();
	}

	private String moved(String target) {
		return (target == null || target.isBlank()) ? "" : "原有内容已迁移至 " + target.strip() + "。";
	}

	private String link(String target) {
		if (target == null || target.isBlank()) {
			return null;
		}
		String value = target.strip();
		return value.startsWith("http://") || value.startsWith("https://") ? value : this.properties.siteUrl(value);
	}

	/** The first moment after the given day, readers' time. */
	private static Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(READERS_ZONE).toInstant();
	}

	private static String date(Instant at) {
		return at.atZone(READERS_ZONE).toLocalDate().toString();
	}

}
