package cn.govsite.content.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import cn.govsite.common.event.EventConsumer;
import cn.govsite.common.event.EventEnvelope;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.content.notice.NoticePlan.Pin;
import cn.govsite.content.publishing.PageRefresh;
import cn.govsite.content.site.SiteDirectory;
import cn.govsite.content.site.SiteFacts;

/**
 * Pins and ends notices from tenant-service's {@code SiteStatusChanged},
 * {@code SiteDomainChangeAnnounced} and {@code SiteDomainChangeCancelled}, then brings
 * the home pages that show them up to date. Repeats pin nothing new (one notice per event
 * and portal) and write no page (the page is written only when it differs).
 */
@Component
class PortalNoticeConsumer implements EventConsumer {

	static final Set<String> TYPES = Set.of("SiteStatusChanged", "SiteDomainChangeAnnounced",
			"SiteDomainChangeCancelled");

	/** Portals sit a few levels above any site; more means a loop in the replicas. */
	private static final int MAX_DEPTH = 8;

	private final SiteDirectory sites;

	private final PortalNotices notices;

	private final NoticeRules rules;

	private final PageRefresh refresh;

	PortalNoticeConsumer(SiteDirectory sites, PortalNotices notices, NoticeProperties properties, PageRefresh refresh) {
		this.sites = sites;
		this.notices = notices;
		this.rules = new NoticeRules(properties);
		this.refresh = refresh;
	}

	@Override
	public String group() {
		return "content-service-notices";
	}

	@Override
	public boolean accepts(String eventType) {
		return TYPES.contains(eventType);
	}

	@Override
	public void handle(EventEnvelope event) {
		JsonNode payload = event.payload();
		if (payload == null || !payload.hasNonNull("siteId") || !payload.hasNonNull("code")) {
			throw new IllegalArgumentException(event.type() + " " + event.id() + " lacks siteId or code");
		}
		SiteFacts subject = this.sites
			.require(new SiteRef(payload.get("siteId").asLong(), payload.get("code").asString()));
		SiteEvent siteEvent = siteEvent(event, payload);
		NoticePlan plan = this.rules.plan(new NoticeRules.Subject(subject.name(), subject.domain()), siteEvent);
		Set<Long> touched = new LinkedHashSet<>(
				this.notices.end(subject.siteId(), plan.ends(), siteEvent.occurredAt()));
		for (Pin pin : plan.pins()) {
			Optional<SiteFacts> place = placeOf(subject, pin.place());
			if (place.isPresent()) {
				this.notices.pin(ref(place.get()), subject.siteId(), pin, event.id());
				touched.add(place.get().siteId());
			}
		}
		for (long siteId : touched) {
			this.sites.known(siteId)
				.ifPresent(site -> this.refresh.home(ref(site), event.type() + " of " + subject.code()));
		}
	}

	/** The site whose home shows the notice; empty for a portal's own status notices. */
	private Optional<SiteFacts> placeOf(SiteFacts subject, NoticePlan.Place place) {
		return switch (place) {
			case OWN_SITE -> Optional.of(subject);
			case PARENT_PORTAL -> Optional.ofNullable(subject.parentId()).map(this::requireKnown);
			case CITY_PORTAL -> {
				SiteFacts top = subject;
				for (int depth = 0; top.parentId() != null && depth < MAX_DEPTH; depth++) {
					top = requireKnown(top.parentId());
				}
				yield (top.siteId() == subject.siteId()) ? Optional.empty() : Optional.of(top);
			}
		};
	}

	/**
	 * A parent this replica has not heard of yet: retried until its SiteCreated arrives.
	 */
	private SiteFacts requireKnown(long siteId) {
		return this.sites.known(siteId)
			.orElseThrow(() -> new IllegalStateException("Site " + siteId + " is not known here yet"));
	}

	private static SiteEvent siteEvent(EventEnvelope event, JsonNode payload) {
		String action = switch (event.type()) {
			case "SiteDomainChangeAnnounced" -> SiteEvent.DOMAIN_ANNOUNCED;
			case "SiteDomainChangeCancelled" -> SiteEvent.DOMAIN_CANCELLED;
			default -> text(payload, "action");
		};
		if (action == null) {
			throw new IllegalArgumentException(event.type() + " " + event.id() + " lacks its action");
		}
		String occurred = text(payload, "occurredAt");
		return new SiteEvent(event.id(), action, text(payload, "from"), text(payload, "notice"), date(payload, "until"),
				text(payload, "migrationTarget"), text(payload, "oldDomain"), text(payload, "newDomain"),
				date(payload, "effectiveOn"), text(payload, "reason"),
				(occurred != null) ? Instant.parse(occurred) : event.occurredAt());
	}

	private static SiteRef ref(SiteFacts site) {
		return new SiteRef(site.siteId(), site.code());
	}

	private static LocalDate date(JsonNode payload, String field) {
		String value = text(payload, field);
		return (value != null) ? LocalDate.parse(value) : null;
	}

	private static String text(JsonNode payload, String field) {
		JsonNode value = payload.get(field);
		return (value != null && value.isString() && !value.asString().isBlank()) ? value.asString() : null;
	}

}
