package cn.govsite.content.site;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import cn.govsite.common.event.EventConsumer;
import cn.govsite.common.event.EventEnvelope;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;

/** Keeps the site replica from tenant-service's {@code SiteCreated} events. */
@Component
class SiteCreatedConsumer implements EventConsumer {

	static final String GROUP = "content-service";

	private final SiteDirectory sites;

	private final JsonMapper json;

	SiteCreatedConsumer(SiteDirectory sites, JsonMapper json) {
		this.sites = sites;
		this.json = json;
	}

	@Override
	public String group() {
		return GROUP;
	}

	@Override
	public boolean accepts(String eventType) {
		return "SiteCreated".equals(eventType);
	}

	@Override
	public void handle(EventEnvelope event) {
		SiteCreated created = this.json.treeToValue(event.payload(), SiteCreated.class);
		if (created.siteId() == null || created.code() == null || created.name() == null) {
			throw new IllegalArgumentException("SiteCreated " + event.id() + " lacks siteId, code or name");
		}
		// The payload names the site; the runner's tenant is the envelope's, which is the
		// same site for SiteCreated, but the row must be written for the payload's.
		TenantContext.runAs(new SiteRef(created.siteId(), created.code()), () -> this.sites.remember(created.facts()));
	}

}
