package cn.govsite.tenant.lifecycle;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.govsite.common.event.Outbox;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.tenant.domain.DomainLedger;
import cn.govsite.tenant.domain.DomainRecord;
import cn.govsite.tenant.domain.DomainService;
import cn.govsite.tenant.lifecycle.TransitionResult.Moved;
import cn.govsite.tenant.lifecycle.TransitionResult.Refused;
import cn.govsite.tenant.site.Site;
import cn.govsite.tenant.site.SiteMapper;
import cn.govsite.tenant.site.SiteProblems;
import cn.govsite.tenant.site.SiteProperties;

/**
 * The lifecycle use cases: move a site (checked by {@link SiteLifecycle}, recorded in
 * {@code site_transition}, announced as {@link SiteStatusChanged}, all in one
 * transaction) and read its history.
 */
@Service
public class TransitionService {

	private static final TypeReference<Map<String, String>> COLUMN_TARGETS = new TypeReference<>() {
	};

	private final SiteMapper sites;

	private final SiteTransitionMapper transitions;

	private final Outbox outbox;

	private final JsonMapper json;

	private final SiteLifecycle lifecycle;

	private final DomainLedger ledger;

	private final DomainService domains;

	public TransitionService(SiteMapper sites, SiteTransitionMapper transitions, Outbox outbox, JsonMapper json,
			java.time.Clock clock, SiteProperties properties, DomainLedger ledger, DomainService domains) {
		this.domains = domains;
		this.sites = sites;
		this.transitions = transitions;
		this.outbox = outbox;
		this.json = json;
		this.lifecycle = new SiteLifecycle(clock, properties.zone());
		this.ledger = ledger;
	}

	@Transactional
	public SiteTransition transition(String code, TransitionRequest request, GovsitePrincipal by) {
		LifecyclePermissions.require(by, code, request.action());
		Site site = this.sites.lockByCode(code).orElseThrow(() -> SiteProblems.notFound(code));
		return move(site, request, by);
	}

	/**
	 * Approves a site just created and brings it online, as two recorded transitions, in
	 * the caller's transaction ({@code POST /sites} with {@code autoApprove}).
	 */
	@Transactional
	public void approveAndBringOnline(Site site, GovsitePrincipal by) {
		move(site, TransitionRequest.of(LifecycleAction.APPROVE, "开设时一并批准 / approved at creation"), by);
		move(site, TransitionRequest.of(LifecycleAction.BRING_ONLINE, "开设时一并上线 / online at creation"), by);
	}

	@Transactional(readOnly = true)
	public List<SiteTransition> history(String code, GovsitePrincipal by) {
		SiteProblems.requireAccess(by, code);
		Site site = this.sites.findByCode(code).orElseThrow(() -> SiteProblems.notFound(code));
		return this.transitions.findBySite(site.getId());
	}

	public Map<String, String> columnTargets(SiteTransition transition) {
		String stored = transition.getColumnTargets();
		return (stored == null) ? Map.of() : this.json.readValue(stored, COLUMN_TARGETS);
	}

	private SiteTransition move(Site site, TransitionRequest request, GovsitePrincipal by) {
		List<PastTransition> history = this.transitions.findBySite(site.getId())
			.stream()
			.map(past -> new PastTransition(past.getAction(), past.getOccurredAt()))
			.toList();
		TransitionResult result = this.lifecycle.apply(
				new SiteSnapshot(site.getStatus(), site.getKind(), history, site.getSiteIdentifier() != null), request);
		if (result instanceof Refused refused) {
			throw refused.refusal().toException();
		}
		Moved moved = (Moved) result;
		// Whole seconds: what MariaDB keeps through Connector/J (see SiteService).
		Instant at = moved.at().truncatedTo(ChronoUnit.SECONDS);
		enter(site, moved, at);
		this.sites.updateState(site);
		if (moved.action() == LifecycleAction.START_CLOSING || moved.action() == LifecycleAction.EXIT_SUPERVISION
				|| moved.action() == LifecycleAction.CLOSE) {
			this.domains.cancelPendingOnLeaving(site, moved.reason(), by.username());
		}
		SiteTransition transition = record(site, moved, at, by);
		this.transitions.insert(transition);
		if (moved.action() == LifecycleAction.CLOSE) {
			this.ledger.record(site.getId(), site.getDomain(), DomainRecord.RELEASED, moved.reason(), by.username(),
					at);
			if (site.getChineseDomain() != null) {
				// Like the English one, kept in the row for redirects, released in the
				// ledger.
				this.ledger.record(site.getId(), site.getChineseDomain(), DomainRecord.CHINESE, DomainRecord.RELEASED,
						moved.reason(), by.username(), at);
			}
		}
		this.outbox.record(SiteStatusChanged.TYPE, new SiteRef(site.getId(), site.getCode()),
				new SiteStatusChanged(site.getId(), site.getCode(), site.getDomain(), moved.action().name(),
						moved.from(), moved.to(), moved.reason(), site.getNotice(), site.getOfflineUntil(),
						site.getMigrationTarget(), moved.columnTargets(), moved.reportRequired(), by.username(), at));
		return transition;
	}

	/** What the site shows while in its new state. */
	private static void enter(Site site, Moved moved, Instant at) {
		site.setStatus(moved.to());
		site.setStatusChangedAt(at);
		site.setUpdatedAt(at);
		switch (moved.action()) {
			case BRING_ONLINE, RESTORE -> {
				site.setNotice(null);
				site.setOfflineUntil(null);
				site.setMigrationTarget(null);
			}
			case TAKE_OFFLINE, EMERGENCY_SHUTDOWN -> {
				site.setNotice(moved.notice());
				site.setOfflineUntil(moved.until());
			}
			case START_CLOSING, EXIT_SUPERVISION -> {
				site.setNotice(moved.notice());
				site.setOfflineUntil(null);
				site.setMigrationTarget(moved.migrationTarget());
			}
			case CLOSE -> {
				if (moved.notice() != null) {
					site.setNotice(moved.notice());
				}
				site.setDomainReleasedAt(at);
			}
			case APPROVE -> {
			}
		}
	}

	private SiteTransition record(Site site, Moved moved, Instant at, GovsitePrincipal by) {
		SiteTransition transition = new SiteTransition();
		transition.setSiteId(site.getId());
		transition.setAction(moved.action());
		transition.setFromStatus(moved.from());
		transition.setToStatus(moved.to());
		transition.setReason(moved.reason());
		transition.setNotice(moved.notice());
		transition.setUntilDate(moved.until());
		transition.setMigrationTarget(moved.migrationTarget());
		transition.setColumnTargets(
				moved.columnTargets().isEmpty() ? null : this.json.writeValueAsString(moved.columnTargets()));
		transition.setAttachment(moved.attachment());
		transition.setReportRequired(moved.reportRequired());
		transition
			.setNoticeUntil((moved.noticeUntil() != null) ? moved.noticeUntil().truncatedTo(ChronoUnit.SECONDS) : null);
		transition.setActor(by.username());
		transition.setOccurredAt(at);
		return transition;
	}

}
