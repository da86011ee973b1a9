package cn.govsite.content.publishing;

import java.time.Instant;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import cn.govsite.common.event.EventConsumer;
import cn.govsite.common.event.EventEnvelope;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;

/**
 * Keeps the footer identity from tenant-service's {@code SiteUpdated} events (repeats
 * store the same values again). The pages show it from their next rendering; a site
 * republish brings every page up to date.
 */
@Component
class SiteUpdatedConsumer implements EventConsumer {

	private final SiteIdentityMapper identities;

	SiteUpdatedConsumer(SiteIdentityMapper identities) {
		this.identities = identities;
	}

	@Override
	public String group() {
		return "content-service-identity";
	}

	@Override
	public boolean accepts(String eventType) {
		return "SiteUpdated".equals(eventType);
	}

	@Override
	public void handle(EventEnvelope event) {
		JsonNode payload = event.payload();
		if (payload == null || !payload.hasNonNull("siteId") || !payload.hasNonNull("code")) {
			throw new IllegalArgumentException("SiteUpdated " + event.id() + " lacks siteId or code");
		}
		SiteIdentity identity = new SiteIdentity();
		identity.setSiteId(payload.get("siteId").asLong());
		identity.setSponsorUnit(text(payload, "sponsorUnit"));
		identity.setOrganizerUnit(text(payload, "organizerUnit"));
		identity.setSiteIdentifier(text(payload, "siteIdentifier"));
		identity.setIcpRecord(text(payload, "icpRecord"));
		identity.setPoliceRecord(text(payload, "policeRecord"));
		identity.setPartyGovLabel(payload.hasNonNull("partyGovLabel") && payload.get("partyGovLabel").asBoolean());
		identity.setChineseDomain(text(payload, "chineseDomain"));
		identity.setUpdatedAt(Instant.now());
		TenantContext.runAs(new SiteRef(identity.getSiteId(), payload.get("code").asString()), () -> {
			// Every field set, so a field cleared at tenant-service is cleared here too.
			int updated = this.identities.update(null,
					Wrappers.<SiteIdentity>lambdaUpdate()
						.eq(SiteIdentity::getSiteId, identity.getSiteId())
						.set(SiteIdentity::getSponsorUnit, identity.getSponsorUnit())
						.set(SiteIdentity::getOrganizerUnit, identity.getOrganizerUnit())
						.set(SiteIdentity::getSiteIdentifier, identity.getSiteIdentifier())
						.set(SiteIdentity::getIcpRecord, identity.getIcpRecord())
						.set(SiteIdentity::getPoliceRecord, identity.getPoliceRecord())
						.set(SiteIdentity::getPartyGovLabel, identity.getPartyGovLabel())
						.set(SiteIdentity::getChineseDomain, identity.getChineseDomain())
						.set(SiteIdentity::getUpdatedAt, identity.getUpdatedAt()));
			if (updated == 0) {
				this.identities.insert(identity);
			}
		});
	}

	private static String text(JsonNode payload, String field) {
		JsonNode value = payload.get(field);
		return (value != null && value.isString() && !value.asString().isBlank()) ? value.asString() : null;
	}

}
