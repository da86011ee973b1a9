package cn.govsite.tenant.site;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.event.Outbox;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.tenant.domain.DomainLedger;
import cn.govsite.tenant.domain.DomainRecord;
import cn.govsite.tenant.identity.SiteGroups;
import cn.govsite.tenant.lifecycle.SiteLifecycle;
import cn.govsite.tenant.lifecycle.TransitionService;
import cn.govsite.tenant.profile.SiteUpdated;

/**
 * The site use cases: open a site (row, identity groups and event in one transaction) and
 * read sites for administrators and for the public.
 */
@Service
public class SiteService {

	private final SiteMapper sites;

	private final SiteGroups groups;

	private final Outbox outbox;

	private final SiteRegistration registration;

	private final TransitionService transitions;

	private final DomainLedger ledger;

	private final Clock clock;

	public SiteService(SiteMapper sites, SiteGroups groups, Outbox outbox, SiteProperties properties,
			TransitionService transitions, DomainLedger ledger, Clock clock) {
		this.sites = sites;
		this.groups = groups;
		this.outbox = outbox;
		this.registration = new SiteRegistration(properties.baseDomain());
		this.transitions = transitions;
		this.ledger = ledger;
		this.clock = clock;
	}

	/**
	 * Opens a site. Keycloak is called last, so a refusal of the database (duplicate)
	 * costs no call; when Keycloak fails the whole transaction rolls back and nothing is
	 * left behind but groups that a retry reuses. The site starts {@code APPLIED};
	 * {@code autoApprove} approves it and brings it online in the same transaction.
	 */
	@Transactional
	public Site create(SiteApplication application, boolean autoApprove, GovsitePrincipal by) {
		SiteAccess.requirePlatformAdmin(by);
		if (this.sites.findByCode(application.code()).isPresent()) {
			throw GovsiteException.conflict(Message.of("站点代码已被使用：" + application.code(),
					"The site code is already taken: " + application.code()));
		}
		Optional<ParentSite> parent = Optional.ofNullable(application.parentCode())
			.flatMap(this.sites::findByCode)
			.map(site -> new ParentSite(site.getId(), site.getCode(), site.getKind()));
		Optional<String> cityPortal = this.sites.findCityPortal().map(Site::getCode);
		PlannedSite plan = this.registration.plan(application, parent, cityPortal);
		this.sites.findUsingDomain(plan.domain()).ifPresent(other -> {
			throw GovsiteException.conflict(Message.of("域名已被站点 " + other.getCode() + " 使用：" + plan.domain(),
					"The domain is already used by site " + other.getCode() + ": " + plan.domain()));
		});
		if (plan.siteIdentifier() != null) {
			this.sites.findBySiteIdentifier(plan.siteIdentifier()).ifPresent(other -> {
				throw GovsiteException
					.conflict(Message.of("网站标识码已被站点 " + other.getCode() + " 使用：" + plan.siteIdentifier(),
							"The site identifier is used by site " + other.getCode() + ": " + plan.siteIdentifier()));
			});
		}
		// Whole seconds: Connector/J sends no fractions to MariaDB (its handshake reports
		// 5.5.5-…), and the answer must equal what a later read returns.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Site site = Site.of(plan, SiteLifecycle.initial(), now, by.username());
		try {
			this.sites.insert(site);
		}
		catch (DuplicateKeyException ex) {
			// Another request took the code, the domain or the city portal in the
			// meantime.
			throw GovsiteException.conflict(Message.of("站点代码、域名、网站标识码或市级门户已被并发请求占用，请刷新后重试",
					"The code, domain, site identifier or city portal was taken by a concurrent request; reload and retry"));
		}
		this.ledger.record(site.getId(), site.getDomain(), DomainRecord.REGISTERED, "开设站点 / site opened", by.username(),
				now);
		this.outbox.record(SiteCreated.TYPE, new SiteRef(site.getId(), site.getCode()), SiteCreated.of(site));
		if (site.getSiteIdentifier() != null) {
			// The footer's identity travels by SiteUpdated (content-service keeps it from
			// there), so a 标识码 given at creation is announced the same way.
			this.outbox.record(SiteUpdated.TYPE, new SiteRef(site.getId(), site.getCode()),
					SiteUpdated.of(site, List.of("siteIdentifier"), null, List.of()));
		}
		if (autoApprove) {
			this.transitions.approveAndBringOnline(site, by);
		}
		this.groups.ensureSiteGroups(site.getCode());
		return site;
	}

	/** Every site, for platform admins and supervisors. */
	@Transactional(readOnly = true)
	public List<Site> list(GovsitePrincipal by) {
		if (!by.isPlatformAdmin() && !by.isSupervisor()) {
			throw GovsiteException.forbidden(
					Message.of("仅平台管理员和监管人员可查看全部站点", "Only platform admins and supervisors may list every site"));
		}
		return this.sites.findAll();
	}

	/**
	 * One site, for whoever may see its administration. Others get 403 whether it exists
	 * or not, so codes cannot be probed.
	 */
	@Transactional(readOnly = true)
	public Site get(String code, GovsitePrincipal by) {
		if (!by.canAccessSite(code)) {
			throw GovsiteException.forbidden(Message.of("无权查看站点 " + code, "Not allowed to see site " + code));
		}
		return this.sites.findByCode(code).orElseThrow(() -> siteNotFound("代码为 " + code, "with code " + code));
	}

	@Transactional(readOnly = true)
	public Site publicByCode(String code) {
		return this.sites.findByCode(code).orElseThrow(() -> siteNotFound("代码为 " + code, "with code " + code));
	}

	/**
	 * The site that serves a host name (as a Host header carries it, port allowed): its
	 * English domain, its Chinese domain in Unicode or punycode form, or a former domain
	 * still redirecting to it.
	 */
	@Transactional(readOnly = true)
	public Site resolve(String host) {
		String normalized = HostNames.toAscii(HostNames.normalize(host));
		if (!HostNames.isValid(normalized)) {
			throw GovsiteException.invalid("host", Message.of("不是有效的域名：" + host, "Not a valid host name: " + host));
		}
		return this.sites.findByHost(normalized)
			.orElseThrow(() -> siteNotFound("使用域名 " + normalized, "on " + normalized));
	}

	private static GovsiteException siteNotFound(String zh, String en) {
		return new GovsiteException(ProblemType.SITE_NOT_FOUND, Message.of("没有" + zh + "的站点", "No site " + en));
	}

}
