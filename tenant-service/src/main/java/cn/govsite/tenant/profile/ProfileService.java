package cn.govsite.tenant.profile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.event.Outbox;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.tenant.site.Site;
import cn.govsite.tenant.site.SiteMapper;
import cn.govsite.tenant.site.SiteProblems;

/**
 * The profile use cases: read and replace a site's identity, units and contacts. Every
 * real change is recorded in {@code site_change} with its reporting deadline and
 * announced as {@link SiteUpdated}, in one transaction.
 */
@Service
public class ProfileService {

	/**
	 * 2日内报备 (seed 001 第九条(五)). Plain calendar days for now: working days need the
	 * official holiday calendar, which the platform does not have yet.
	 */
	public static final Duration REPORT_WITHIN = Duration.ofDays(2);

	private static final TypeReference<List<Contact>> CONTACTS = new TypeReference<>() {
	};

	private final SiteMapper sites;

	private final SiteChangeMapper changes;

	private final Outbox outbox;

	private final JsonMapper json;

	private final Clock clock;

	public ProfileService(SiteMapper sites, SiteChangeMapper changes, Outbox outbox, JsonMapper json, Clock clock) {
		this.sites = sites;
		this.changes = changes;
		this.outbox = outbox;
		this.json = json;
		this.clock = clock;
	}

	/** The site's profile, for whoever may see its administration. */
	@Transactional(readOnly = true)
	public SiteProfile get(String code, GovsitePrincipal by) {
		SiteProblems.requireAccess(by, code);
		return profileOf(find(code));
	}

	/**
	 * Replaces the profile; the change recorded, or {@code null} when nothing changed.
	 */
	@Transactional
	public SiteChange update(String code, SiteProfile profile, GovsitePrincipal by) {
		if (!by.hasSiteRole(code, Role.SITE_ADMIN)) {
			throw GovsiteException.forbidden(Message.of("仅站点管理员或平台管理员可修改站点 " + code + " 的信息",
					"Only a site admin of " + code + " or a platform admin may change its profile"));
		}
		List<FieldViolation> violations = ProfileRules.check(profile);
		if (!violations.isEmpty()) {
			throw new GovsiteException(ProblemType.VALIDATION,
					Message.of("请求中有 " + violations.size() + " 处错误", violations.size() + " field(s) are invalid"),
					violations);
		}
		Site site = this.sites.lockByCode(code).orElseThrow(() -> SiteProblems.notFound(code));
		SiteProfile before = profileOf(site);
		List<String> changed = ProfileRules.changedFields(before, profile);
		if (changed.isEmpty()) {
			return null;
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		apply(site, profile, now);
		try {
			this.sites.updateProfile(site);
		}
		catch (DuplicateKeyException ex) {
			throw GovsiteException.conflict(Message.of("网站标识码已被其他站点使用：" + profile.siteIdentifier(),
					"The site identifier is used by another site: " + profile.siteIdentifier()));
		}
		SiteChange change = SiteChange.of(site.getId(), changed, this.json.writeValueAsString(before),
				this.json.writeValueAsString(profile), by.username(), now);
		this.changes.insert(change);
		this.outbox.record(SiteUpdated.TYPE, new SiteRef(site.getId(), site.getCode()),
				SiteUpdated.of(site, changed, change.getReportDue(), List.of()));
		return change;
	}

	/** The recorded changes of a site, oldest first. */
	@Transactional(readOnly = true)
	public List<SiteChange> changes(String code, GovsitePrincipal by) {
		SiteProblems.requireAccess(by, code);
		return this.changes.findBySite(find(code).getId());
	}

	public SiteProfile profileOf(Site site) {
		List<Contact> contacts = (site.getContacts() == null) ? List.of()
				: this.json.readValue(site.getContacts(), CONTACTS);
		return new SiteProfile(site.getSponsorUnit(), site.getOrganizerUnit(), site.getSiteIdentifier(),
				site.getIcpRecord(), site.getPoliceRecord(), Boolean.TRUE.equals(site.getPartyGovLabel()), contacts);
	}

	private void apply(Site site, SiteProfile profile, Instant now) {
		site.setSponsorUnit(profile.sponsorUnit());
		site.setOrganizerUnit(profile.organizerUnit());
		site.setSiteIdentifier(profile.siteIdentifier());
		site.setIcpRecord(profile.icpRecord());
		site.setPoliceRecord(profile.policeRecord());
		site.setPartyGovLabel(profile.partyGovLabel());
		site.setContacts(profile.contacts().isEmpty() ? null : this.json.writeValueAsString(profile.contacts()));
		site.setUpdatedAt(now);
	}

	private Site find(String code) {
		return this.sites.findByCode(code).orElseThrow(() -> SiteProblems.notFound(code));
	}

}
