package cn.govsite.tenant.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.govsite.common.event.Outbox;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.tenant.domain.ChineseDomains.ChineseDomain;
import cn.govsite.tenant.domain.ChineseDomains.Parsed;
import cn.govsite.tenant.domain.DomainChangeRules.Announcement;
import cn.govsite.tenant.domain.DomainChangeRules.Current;
import cn.govsite.tenant.domain.DomainRefusal.Reason;
import cn.govsite.tenant.profile.SiteChange;
import cn.govsite.tenant.profile.SiteChangeMapper;
import cn.govsite.tenant.profile.SiteUpdated;
import cn.govsite.tenant.site.HostNames;
import cn.govsite.tenant.site.Site;
import cn.govsite.tenant.site.SiteMapper;
import cn.govsite.tenant.site.SiteProblems;
import cn.govsite.tenant.site.SiteProperties;
import cn.govsite.common.error.Message;

/**
 * The domain use cases of the data center (platform admins): a site's one Chinese domain
 * (register, replace, release) and the change of a county portal's English domain,
 * announced in advance, switched on its day and released 3 months later
 * ({@link DomainSchedule}). Each step locks the site row, writes the ledger, records what
 * must be reported ({@code site_change}, 2 days) and its event, in one transaction.
 */
@Service
public class DomainService {

	private final SiteMapper sites;

	private final SiteChangeMapper changes;

	private final DomainLedger ledger;

	private final Outbox outbox;

	private final JsonMapper json;

	private final Clock clock;

	private final SiteProperties properties;

	DomainService(SiteMapper sites, SiteChangeMapper changes, DomainLedger ledger, Outbox outbox, JsonMapper json,
			Clock clock, SiteProperties properties) {
		this.sites = sites;
		this.changes = changes;
		this.ledger = ledger;
		this.outbox = outbox;
		this.json = json;
		this.clock = clock;
		this.properties = properties;
	}

	/** Registers the site's Chinese domain, or replaces the one it has. */
	@Transactional
	public SiteDomains setChineseDomain(String code, String requested, String reason, GovsitePrincipal by) {
		SiteAccess.requirePlatformAdmin(by);
		Parsed parsed = ChineseDomains.parse(requested);
		if (!parsed.valid()) {
			throw new DomainRefusal(Reason.CHINESE_DOMAIN_INVALID, parsed.refusal()).toException();
		}
		ChineseDomain wanted = parsed.domain();
		Site site = lock(code);
		if (wanted.ascii().equals(site.getChineseDomainAscii())) {
			return SiteDomains.of(site);
		}
		this.sites.findByChineseDomainAscii(wanted.ascii()).ifPresent(other -> {
			throw taken(wanted.unicode(), other.getCode());
		});
		String oldUnicode = site.getChineseDomain();
		String oldAscii = site.getChineseDomainAscii();
		Instant now = now();
		String note = note(reason, "登记中文域名 / Chinese domain registered");
		if (oldUnicode != null) {
			this.ledger.record(site.getId(), oldUnicode, DomainRecord.CHINESE, DomainRecord.RELEASED,
					"由 " + wanted.unicode() + " 替换 / replaced", by.username(), now);
		}
		this.ledger.record(site.getId(), wanted.unicode(), DomainRecord.CHINESE, DomainRecord.REGISTERED, note,
				by.username(), now);
		site.setChineseDomain(wanted.unicode());
		site.setChineseDomainAscii(wanted.ascii());
		saveDomains(site, now, wanted.unicode());
		recordChange(site, "chineseDomain", oldUnicode, wanted.unicode(), by, now, hosts(oldAscii, wanted.ascii()));
		return SiteDomains.of(site);
	}

	/** Releases the site's Chinese domain. */
	@Transactional
	public SiteDomains releaseChineseDomain(String code, String reason, GovsitePrincipal by) {
		SiteAccess.requirePlatformAdmin(by);
		Site site = lock(code);
		if (site.getChineseDomain() == null) {
			throw new DomainRefusal(Reason.NO_CHINESE_DOMAIN,
					Message.of("站点 " + code + " 没有中文域名", "Site " + code + " has no Chinese domain"))
				.toException();
		}
		String oldUnicode = site.getChineseDomain();
		String oldAscii = site.getChineseDomainAscii();
		Instant now = now();
		this.ledger.record(site.getId(), oldUnicode, DomainRecord.CHINESE, DomainRecord.RELEASED,
				note(reason, "注销中文域名 / Chinese domain released"), by.username(), now);
		site.setChineseDomain(null);
		site.setChineseDomainAscii(null);
		saveDomains(site, now, null);
		recordChange(site, "chineseDomain", oldUnicode, null, by, now, hosts(oldAscii));
		return SiteDomains.of(site);
	}

	/**
	 * Announces the change of the site's English domain (网站域名发生变更的,应提前发布公告): the site
	 * records its pending change, the ledger the announcement, {@code site_change} the
	 * change to report, and {@link SiteDomainChangeAnnounced} goes out.
	 */
	@Transactional
	public SiteDomains announceChange(String code, String newDomain, LocalDate effectiveOn, String reason,
			GovsitePrincipal by) {
		SiteAccess.requirePlatformAdmin(by);
		String normalized = (newDomain != null) ? HostNames.normalize(newDomain) : null;
		Site site = lock(code);
		DomainRefusal refusal = DomainChangeRules.check(
				new Current(site.getKind(), site.getStatus(), site.getDomain(), site.getPendingDomain(),
						site.getFormerDomain(), site.getFormerDomainUntil()),
				new Announcement(normalized, effectiveOn, reason), today());
		if (refusal != null) {
			throw refusal.toException();
		}
		this.sites.findUsingDomain(normalized).ifPresent(other -> {
			throw taken(normalized, other.getCode());
		});
		Instant now = now();
		site.setPendingDomain(normalized);
		site.setPendingDomainOn(effectiveOn);
		site.setPendingDomainReason(reason.strip());
		saveDomains(site, now, normalized);
		this.ledger.record(site.getId(), normalized, DomainRecord.ANNOUNCED,
				"原域名 " + site.getDomain() + "，" + effectiveOn + " 生效：" + reason.strip(), by.username(), now);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("domain", normalized);
		after.put("effectiveOn", effectiveOn.toString());
		after.put("reason", reason.strip());
		this.changes.insert(SiteChange.of(site.getId(), List.of("domain"),
				this.json.writeValueAsString(Map.of("domain", site.getDomain())), this.json.writeValueAsString(after),
				by.username(), now));
		this.outbox.record(SiteDomainChangeAnnounced.TYPE, ref(site), new SiteDomainChangeAnnounced(site.getId(),
				site.getCode(), site.getName(), site.getDomain(), normalized, effectiveOn, reason.strip(), now));
		return SiteDomains.of(site);
	}

	/** Withdraws an announced change before it takes effect. */
	@Transactional
	public SiteDomains cancelChange(String code, String reason, GovsitePrincipal by) {
		SiteAccess.requirePlatformAdmin(by);
		Site site = lock(code);
		String pending = site.getPendingDomain();
		if (pending == null) {
			throw new DomainRefusal(Reason.NO_PENDING_CHANGE,
					Message.of("站点 " + code + " 没有待生效的域名变更", "Site " + code + " has no announced domain change"))
				.toException();
		}
		dropPending(site, note(reason, "撤销域名变更 / change cancelled"), by.username());
		return SiteDomains.of(site);
	}

	/**
	 * A site that starts closing or leaves supervision keeps no announced domain change:
	 * it is cancelled in the caller's transaction (recorded and announced like a cancel).
	 */
	public void cancelPendingOnLeaving(Site site, String reason, String actor) {
		if (site.getPendingDomain() != null) {
			dropPending(site, note(reason, "站点关停或退出监管，域名变更撤销 / site leaving: change cancelled"), actor);
		}
	}

	private void dropPending(Site site, String note, String actor) {
		String pending = site.getPendingDomain();
		Instant now = now();
		site.setPendingDomain(null);
		site.setPendingDomainOn(null);
		site.setPendingDomainReason(null);
		saveDomains(site, now, pending);
		this.ledger.record(site.getId(), pending, DomainRecord.CANCELLED, note, actor, now);
		this.outbox.record(SiteDomainChangeCancelled.TYPE, ref(site),
				new SiteDomainChangeCancelled(site.getId(), site.getCode(), site.getDomain(), pending, now));
	}

	/**
	 * Switches the site to its announced domain if its day has come; nothing otherwise,
	 * so a repeated or concurrent run changes nothing twice. The old domain becomes the
	 * former one and redirects until {@link DomainChangeRules#redirectsUntil}.
	 * @return whether the site switched
	 */
	@Transactional
	public boolean switchIfDue(String code) {
		Site site = lock(code);
		LocalDate on = site.getPendingDomainOn();
		if (site.getPendingDomain() == null || !DomainChangeRules.isDue(on, today())) {
			return false;
		}
		String old = site.getDomain();
		String next = site.getPendingDomain();
		Instant now = now();
		site.setDomain(next);
		site.setFormerDomain(old);
		site.setFormerDomainUntil(DomainChangeRules.redirectsUntil(on));
		site.setPendingDomain(null);
		site.setPendingDomainOn(null);
		site.setPendingDomainReason(null);
		saveDomains(site, now, next);
		this.ledger.record(site.getId(), next, DomainRecord.CHANGED,
				"原域名 " + old + " 跳转至 " + site.getFormerDomainUntil() + " / the old domain redirects until then",
				DomainSchedule.ACTOR, now);
		this.outbox.record(SiteUpdated.TYPE, ref(site),
				SiteUpdated.of(site, List.of("domain"), null, hosts(old, next)));
		return true;
	}

	/**
	 * Releases the site's former domain once its redirect period is over (公告3个月后注销原域名);
	 * nothing otherwise.
	 * @return whether a domain was released
	 */
	@Transactional
	public boolean releaseFormerIfExpired(String code) {
		Site site = lock(code);
		String former = site.getFormerDomain();
		if (former == null || !DomainChangeRules.isExpired(site.getFormerDomainUntil(), today())) {
			return false;
		}
		Instant now = now();
		site.setFormerDomain(null);
		site.setFormerDomainUntil(null);
		saveDomains(site, now, former);
		this.ledger.record(site.getId(), former, DomainRecord.RELEASED, "跳转期满注销原域名 / redirect period over",
				DomainSchedule.ACTOR, now);
		this.outbox.record(SiteUpdated.TYPE, ref(site),
				SiteUpdated.of(site, List.of("formerDomain"), null, hosts(former)));
		return true;
	}

	/**
	 * Codes of the sites {@link #switchIfDue} or {@link #releaseFormerIfExpired} has work
	 * on.
	 */
	@Transactional(readOnly = true)
	public List<String> dueSwitches() {
		return this.sites.codesWithChangeDue(today());
	}

	@Transactional(readOnly = true)
	public List<String> expiredFormers() {
		return this.sites.codesWithFormerExpired(today());
	}

	private void recordChange(Site site, String field, String before, String after, GovsitePrincipal by, Instant now,
			List<String> staleHosts) {
		Map<String, Object> beforeJson = new LinkedHashMap<>();
		beforeJson.put(field, before);
		Map<String, Object> afterJson = new LinkedHashMap<>();
		afterJson.put(field, after);
		SiteChange change = SiteChange.of(site.getId(), List.of(field), this.json.writeValueAsString(beforeJson),
				this.json.writeValueAsString(afterJson), by.username(), now);
		this.changes.insert(change);
		this.outbox.record(SiteUpdated.TYPE, ref(site),
				SiteUpdated.of(site, List.of(field), change.getReportDue(), staleHosts));
	}

	private void saveDomains(Site site, Instant now, String domain) {
		site.setUpdatedAt(now);
		try {
			this.sites.updateDomains(site);
		}
		catch (DuplicateKeyException ex) {
			// Another site took it between the check and this write.
			throw taken(domain, "?");
		}
	}

	private Site lock(String code) {
		return this.sites.lockByCode(code).orElseThrow(() -> SiteProblems.notFound(code));
	}

	private static cn.govsite.common.error.GovsiteException taken(String domain, String by) {
		return new DomainRefusal(Reason.DOMAIN_TAKEN,
				Message.of("域名已被站点 " + by + " 使用、预定或仍在跳转期内：" + domain,
						"The domain is used, announced or still redirected by site " + by + ": " + domain))
			.toException();
	}

	private static List<String> hosts(String... hosts) {
		List<String> list = new ArrayList<>();
		for (String host : hosts) {
			if (host != null && !list.contains(host)) {
				list.add(host);
			}
		}
		return list;
	}

	private static String note(String reason, String fallback) {
		return (reason == null || reason.isBlank()) ? fallback : reason.strip();
	}

	private static SiteRef ref(Site site) {
		return new SiteRef(site.getId(), site.getCode());
	}

	/** Whole seconds: what MariaDB keeps through Connector/J (see SiteService). */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), Objects.requireNonNull(this.properties.zone()));
	}

}
