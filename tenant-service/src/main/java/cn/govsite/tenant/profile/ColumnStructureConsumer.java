package cn.govsite.tenant.profile;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import cn.govsite.common.event.EventConsumer;
import cn.govsite.common.event.EventEnvelope;

/**
 * Records content-service's {@code ColumnStructureChanged} (the site's top-level columns
 * changed) as a change of the site with its 2-day reporting deadline (seed 001 第九条(五):
 * 栏目的主体结构 changes are reported like owner, contacts and domain). A repeated event finds
 * its change already recorded.
 */
@Component
class ColumnStructureConsumer implements EventConsumer {

	static final String FIELD = "columns";

	private final SiteChangeMapper changes;

	private final JsonMapper json;

	ColumnStructureConsumer(SiteChangeMapper changes, JsonMapper json) {
		this.changes = changes;
		this.json = json;
	}

	@Override
	public String group() {
		return "tenant-service-column-structure";
	}

	@Override
	public boolean accepts(String eventType) {
		return "ColumnStructureChanged".equals(eventType);
	}

	@Override
	public void handle(EventEnvelope event) {
		JsonNode payload = event.payload();
		if (payload == null || !payload.hasNonNull("siteId") || !payload.hasNonNull("occurredAt")) {
			throw new IllegalArgumentException("ColumnStructureChanged " + event.id() + " lacks siteId or occurredAt");
		}
		long siteId = payload.get("siteId").asLong();
		Instant at = Instant.parse(payload.get("occurredAt").asString()).truncatedTo(ChronoUnit.SECONDS);
		String before = this.json.writeValueAsString(Map.of(FIELD, names(payload.get("before"))));
		String after = this.json.writeValueAsString(Map.of(FIELD, names(payload.get("after"))));
		boolean recorded = this.changes.exists(Wrappers.<SiteChange>lambdaQuery()
			.eq(SiteChange::getSiteId, siteId)
			.eq(SiteChange::getFields, FIELD)
			.eq(SiteChange::getChangedAt, at)
			.eq(SiteChange::getAfterJson, after));
		if (recorded) {
			return;
		}
		SiteChange change = new SiteChange();
		change.setSiteId(siteId);
		change.setFields(FIELD);
		change.setBeforeJson(before);
		change.setAfterJson(after);
		change.setChangedBy(payload.hasNonNull("actor") ? payload.get("actor").asString() : "content-service");
		change.setChangedAt(at);
		change.setReportDue(at.plus(ProfileService.REPORT_WITHIN));
		this.changes.insert(change);
	}

	private static List<String> names(JsonNode list) {
		List<String> names = new ArrayList<>();
		if (list != null && list.isArray()) {
			list.forEach(name -> names.add(name.asString()));
		}
		return names;
	}

}
