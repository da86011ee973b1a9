package cn.govsite.tenant.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;

import cn.govsite.common.error.Message;
import cn.govsite.tenant.domain.DomainRefusal.Reason;
import cn.govsite.tenant.site.HostNames;
import cn.govsite.tenant.site.SiteKind;
import cn.govsite.tenant.site.SiteStatus;

/**
 * 域名变更规则 (seed 001 第十条, 第十一条(五)): only a domain the site chose itself (a county portal's)
 * may change; the platform assigns the others. A change is announced in advance for a day
 * after today, with its reason; one change at a time, and not while the former domain of
 * the last change still redirects (it does so for {@link #REDIRECT_FOR}, then it is
 * released). The {@code .gov.cn} suffix is deliberately not enforced: local and demo
 * platforms run on names like {@code govsite.localhost}. Uniqueness against every site's
 * current, pending and former domains needs the database and is checked by the service.
 * Spring-free.
 */
public final class DomainChangeRules {

	/** 公告3个月后注销原域名. */
	public static final Period REDIRECT_FOR = Period.ofMonths(3);

	/**
	 * Sites that are gone (or going) keep their domain for redirects; no more changes.
	 */
	private static final Set<SiteStatus> CHANGEABLE = EnumSet.of(SiteStatus.APPLIED, SiteStatus.APPROVED,
			SiteStatus.ONLINE, SiteStatus.TEMPORARILY_OFFLINE, SiteStatus.EMERGENCY_SHUTDOWN);

	/** The site as the rules need it. */
	public record Current(SiteKind kind, SiteStatus status, String domain, String pendingDomain, String formerDomain,
			LocalDate formerDomainUntil) {
	}

	/** What the platform admin announces: the new domain, already normalized. */
	public record Announcement(String newDomain, LocalDate effectiveOn, String reason) {
	}

	private DomainChangeRules() {
	}

	/** The first broken rule, or {@code null} when the change may be announced. */
	public static DomainRefusal check(Current site, Announcement change, LocalDate today) {
		if (site.kind() != SiteKind.COUNTY_PORTAL) {
			return new DomainRefusal(Reason.DOMAIN_ASSIGNED, Message.of("该站点的域名由平台统一分配（市级门户和部门网站），不能变更；只有区县门户可变更自己的域名",
					"This site's domain is assigned by the platform (city portal and department sites) and cannot change; only county portals change their own"));
		}
		if (!CHANGEABLE.contains(site.status())) {
			return new DomainRefusal(Reason.NOT_CHANGEABLE_IN_STATE, Message.of("站点当前状态为 " + site.status() + "，不能变更域名",
					"A site in state " + site.status() + " cannot change its domain"));
		}
		if (site.pendingDomain() != null) {
			return new DomainRefusal(Reason.CHANGE_PENDING, Message.of("已公告将域名变更为 " + site.pendingDomain() + "，请先撤销该变更",
					"A change to " + site.pendingDomain() + " is already announced; cancel it first"));
		}
		if (site.formerDomain() != null) {
			return new DomainRefusal(Reason.FORMER_DOMAIN_REDIRECTING,
					Message.of("原域名 " + site.formerDomain() + " 仍在跳转期内（至 " + site.formerDomainUntil() + "），期满注销后方可再次变更",
							"The former domain " + site.formerDomain() + " still redirects (until "
									+ site.formerDomainUntil()
									+ "); the domain can change again after it is released"));
		}
		if (change.newDomain() == null || !HostNames.isValid(change.newDomain())) {
			return new DomainRefusal(Reason.NEW_DOMAIN_INVALID, Message.of("新域名格式不正确：" + change.newDomain(),
					"The new domain is not a valid host name: " + change.newDomain()));
		}
		if (change.newDomain().equals(site.domain())) {
			return new DomainRefusal(Reason.NEW_DOMAIN_UNCHANGED, Message.of("新域名与当前域名相同：" + change.newDomain(),
					"The new domain is the current one: " + change.newDomain()));
		}
		if (change.effectiveOn() == null || !change.effectiveOn().isAfter(today)) {
			return new DomainRefusal(Reason.EFFECTIVE_DATE_NOT_AHEAD, Message.of("域名变更须提前公告：生效日期须晚于今天（" + today + "）",
					"A domain change is announced in advance: the effective date must be after today (" + today + ")"));
		}
		if (change.reason() == null || change.reason().isBlank()) {
			return new DomainRefusal(Reason.REASON_REQUIRED, Message.of("必须说明变更原因", "A reason is required"));
		}
		return null;
	}

	/** The last day the former domain redirects after a switch on {@code effectiveOn}. */
	public static LocalDate redirectsUntil(LocalDate effectiveOn) {
		return effectiveOn.plus(REDIRECT_FOR).minusDays(1);
	}

	/** Whether a pending change takes effect on {@code today}. */
	public static boolean isDue(LocalDate effectiveOn, LocalDate today) {
		return effectiveOn != null && !effectiveOn.isAfter(today);
	}

	/** Whether the former domain's redirect period is over on {@code today}. */
	public static boolean isExpired(LocalDate redirectsUntil, LocalDate today) {
		return redirectsUntil != null && redirectsUntil.isBefore(today);
	}

}
