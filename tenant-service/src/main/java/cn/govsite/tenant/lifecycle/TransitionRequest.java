package cn.govsite.tenant.lifecycle;

import java.time.LocalDate;
import java.util.Map;

/**
 * A request to move a site, as the lifecycle checks it.
 *
 * @param action what to do
 * @param reason why (always required: every transition is audited)
 * @param notice the notice shown to visitors (offline, closing)
 * @param until the planned last day of a temporary offline
 * @param migrationTarget where the whole site's content went (closing)
 * @param columnTargets where each column's content went, by column (closing)
 * @param attachment reference of the approval document, e.g. an asset id
 */
public record TransitionRequest(LifecycleAction action, String reason, String notice, LocalDate until,
		String migrationTarget, Map<String, String> columnTargets, String attachment) {

	public TransitionRequest {
		columnTargets = (columnTargets != null) ? Map.copyOf(columnTargets) : Map.of();
	}

	/** A request with only an action and a reason. */
	public static TransitionRequest of(LifecycleAction action, String reason) {
		return new TransitionRequest(action, reason, null, null, null, Map.of(), null);
	}

}
