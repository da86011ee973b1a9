package cn.govsite.tenant.lifecycle;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import cn.govsite.common.error.Message;
import cn.govsite.tenant.lifecycle.TransitionRefusal.Reason;
import cn.govsite.tenant.lifecycle.TransitionResult.Moved;
import cn.govsite.tenant.lifecycle.TransitionResult.Refused;
import cn.govsite.tenant.site.SiteKind;
import cn.govsite.tenant.site.SiteStatus;

import static cn.govsite.tenant.site.SiteStatus.APPLIED;
import static cn.govsite.tenant.site.SiteStatus.APPROVED;
import static cn.govsite.tenant.site.SiteStatus.CLOSED;
import static cn.govsite.tenant.site.SiteStatus.CLOSING;
import static cn.govsite.tenant.site.SiteStatus.EMERGENCY_SHUTDOWN;
import static cn.govsite.tenant.site.SiteStatus.EXITED_SUPERVISION;
import static cn.govsite.tenant.site.SiteStatus.ONLINE;
import static cn.govsite.tenant.site.SiteStatus.TEMPORARILY_OFFLINE;

/**
 * 站点生命周期 — the explicit state machine of a site (seed 001 第八、九条): applied → approved →
 * online; temporarily offline at most once per calendar year and for at most 30 days,
 * with a notice; emergency shutdown, reported and not counted; closing with migration
 * targets and a notice kept at least 30 days, then closed; exited supervision. A site
 * goes online only with its 网站标识码 (国办发〔2017〕47号: every government site has one).
 * {@link #apply} returns the move or a typed refusal and never throws for a rule.
 * Calendar years and dates are those of the platform's zone (China), not UTC.
 */
public final class SiteLifecycle {

	public static final int MAX_OFFLINE_DAYS = 30;

	public static final int OFFLINES_PER_YEAR = 1;

	public static final Duration CLOSING_NOTICE = Duration.ofDays(30);

	private static final Map<LifecycleAction, Set<SiteStatus>> FROM = new EnumMap<>(LifecycleAction.class);

	private static final Map<LifecycleAction, SiteStatus> TO = new EnumMap<>(LifecycleAction.class);

	static {
		rule(LifecycleAction.APPROVE, EnumSet.of(APPLIED), APPROVED);
		rule(LifecycleAction.BRING_ONLINE, EnumSet.of(APPROVED), ONLINE);
		rule(LifecycleAction.TAKE_OFFLINE, EnumSet.of(ONLINE), TEMPORARILY_OFFLINE);
		rule(LifecycleAction.EMERGENCY_SHUTDOWN, EnumSet.of(ONLINE, TEMPORARILY_OFFLINE), EMERGENCY_SHUTDOWN);
		rule(LifecycleAction.RESTORE, EnumSet.of(TEMPORARILY_OFFLINE, EMERGENCY_SHUTDOWN), ONLINE);
		rule(LifecycleAction.START_CLOSING, EnumSet.of(ONLINE, TEMPORARILY_OFFLINE, EMERGENCY_SHUTDOWN), CLOSING);
		rule(LifecycleAction.CLOSE, EnumSet.of(CLOSING), CLOSED);
		rule(LifecycleAction.EXIT_SUPERVISION, EnumSet.of(ONLINE, TEMPORARILY_OFFLINE, EMERGENCY_SHUTDOWN),
				EXITED_SUPERVISION);
	}

	private final Clock clock;

	private final ZoneId zone;

	public SiteLifecycle(Clock clock, ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
	}

	private static void rule(LifecycleAction action, Set<SiteStatus> from, SiteStatus to) {
		FROM.put(action, from);
		TO.put(action, to);
	}

	/** The status a registered site starts in. */
	public static SiteStatus initial() {
		return APPLIED;
	}

	public static boolean allows(SiteStatus from, LifecycleAction action) {
		return FROM.get(action).contains(from);
	}

	public TransitionResult apply(SiteSnapshot site, TransitionRequest request) {
		LifecycleAction action = request.action();
		if (!allows(site.status(), action)) {
			return refuse(Reason.NOT_ALLOWED_IN_STATE, "站点当前状态为 " + site.status() + "，不能执行 " + action,
					"A site in state " + site.status() + " cannot " + action);
		}
		if (blank(request.reason())) {
			return refuse(Reason.REASON_REQUIRED, "必须说明原因", "A reason is required");
		}
		Instant now = this.clock.instant();
		TransitionRefusal refusal = switch (action) {
			case BRING_ONLINE -> site.identified() ? null : refusal(Reason.SITE_IDENTIFIER_REQUIRED,
					"站点尚无网站标识码，须先在站点信息中填写后方可上线",
					"The site has no site identifier (网站标识码); set it in the site's profile before bringing it online");
			case TAKE_OFFLINE -> checkOffline(site, request, now);
			case START_CLOSING -> checkClosing(site, request);
			case CLOSE -> checkNoticePeriod(site, now);
			case EXIT_SUPERVISION -> blank(request.attachment()) ? refusal(Reason.ATTACHMENT_REQUIRED, "退出监管须附编制部门批复文件",
					"Exiting supervision needs the approval document as attachment") : null;
			default -> null;
		};
		if (refusal != null) {
			return new Refused(refusal);
		}
		Instant noticeUntil = (action == LifecycleAction.START_CLOSING) ? now.plus(CLOSING_NOTICE) : null;
		return new Moved(action, site.status(), TO.get(action), now, request.reason().strip(), trim(request.notice()),
				(action == LifecycleAction.TAKE_OFFLINE) ? request.until() : null, trim(request.migrationTarget()),
				request.columnTargets(), trim(request.attachment()), action == LifecycleAction.EMERGENCY_SHUTDOWN,
				noticeUntil);
	}

	/** 临时下线: a notice, a planned end within 30 days, once per calendar year. */
	private TransitionRefusal checkOffline(SiteSnapshot site, TransitionRequest request, Instant now) {
		if (blank(request.notice())) {
			return refusal(Reason.NOTICE_REQUIRED, "临时下线必须发布公告", "A temporary offline needs a notice");
		}
		if (request.until() == null) {
			return refusal(Reason.UNTIL_REQUIRED, "临时下线必须给出计划恢复日期", "A temporary offline needs its planned end date");
		}
		LocalDate today = LocalDate.ofInstant(now, this.zone);
		if (request.until().isBefore(today)) {
			return refusal(Reason.UNTIL_IN_PAST, "计划恢复日期已过：" + request.until(),
					"The planned end date is in the past: " + request.until());
		}
		long days = ChronoUnit.DAYS.between(today, request.until());
		if (days > MAX_OFFLINE_DAYS) {
			return refusal(Reason.OFFLINE_TOO_LONG, "临时下线不得超过 " + MAX_OFFLINE_DAYS + " 天（申请 " + days + " 天）",
					"A temporary offline lasts at most " + MAX_OFFLINE_DAYS + " days (asked: " + days + ")");
		}
		int year = today.getYear();
		long thisYear = site.history()
			.stream()
			.filter(past -> past.action() == LifecycleAction.TAKE_OFFLINE)
			.filter(past -> LocalDate.ofInstant(past.at(), this.zone).getYear() == year)
			.count();
		if (thisYear >= OFFLINES_PER_YEAR) {
			return refusal(Reason.OFFLINE_LIMIT_REACHED, "站点 " + year + " 年已临时下线过，每年最多 " + OFFLINES_PER_YEAR + " 次",
					"The site was already taken offline in " + year + "; at most " + OFFLINES_PER_YEAR + " per year");
		}
		return null;
	}

	/** 注销关停: not for portals; content must have somewhere to go; a notice. */
	private static TransitionRefusal checkClosing(SiteSnapshot site, TransitionRequest request) {
		if (site.kind() != SiteKind.DEPARTMENT) {
			return refusal(Reason.PORTAL_CANNOT_CLOSE, "市、县两级政府门户网站一般不得关停",
					"City and county portals may not be closed");
		}
		if (blank(request.notice())) {
			return refusal(Reason.NOTICE_REQUIRED, "关停迁移必须发布公告", "Closing needs a notice");
		}
		if (blank(request.migrationTarget()) && request.columnTargets().isEmpty()) {
			return refusal(Reason.MIGRATION_TARGET_REQUIRED, "关停前必须给出站点或各栏目内容的迁移去向",
					"Closing needs where the content went: a site-level target or one per column");
		}
		if (!blank(request.migrationTarget()) && !isWebAddress(request.migrationTarget())) {
			return refusal(Reason.MIGRATION_TARGET_INVALID, "迁移去向不是有效的网址：" + request.migrationTarget(),
					"The migration target is not a web address: " + request.migrationTarget());
		}
		for (Map.Entry<String, String> column : request.columnTargets().entrySet()) {
			if (blank(column.getKey()) || !isWebAddress(column.getValue())) {
				return refusal(Reason.MIGRATION_TARGET_INVALID, "栏目 " + column.getKey() + " 的迁移去向不是有效的网址",
						"The migration target of column " + column.getKey() + " is not a web address");
			}
		}
		return null;
	}

	/** 公告至少保留30天 before the domain is released. */
	private static TransitionRefusal checkNoticePeriod(SiteSnapshot site, Instant now) {
		Instant started = site.history()
			.stream()
			.filter(past -> past.action() == LifecycleAction.START_CLOSING)
			.map(PastTransition::at)
			.max(Instant::compareTo)
			.orElse(Instant.MIN);
		Instant releasable = started.plus(CLOSING_NOTICE);
		if (now.isBefore(releasable)) {
			return refusal(Reason.NOTICE_PERIOD_NOT_OVER, "关停公告须至少保留 30 天，" + releasable + " 之后方可释放域名",
					"The closing notice stays at least 30 days; the domain can be released after " + releasable);
		}
		return null;
	}

	static boolean isWebAddress(String value) {
		try {
			URI uri = new URI(value.strip());
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static Refused refuse(Reason reason, String zh, String en) {
		return new Refused(refusal(reason, zh, en));
	}

	private static TransitionRefusal refusal(Reason reason, String zh, String en) {
		return new TransitionRefusal(reason, Message.of(zh, en));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String trim(String value) {
		return blank(value) ? null : value.strip();
	}

}
