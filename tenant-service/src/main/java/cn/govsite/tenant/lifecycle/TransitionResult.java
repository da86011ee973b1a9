package cn.govsite.tenant.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import cn.govsite.tenant.site.SiteStatus;

/** What the lifecycle answers: the move it allows, or why it refuses. */
public sealed interface TransitionResult {

	/**
	 * An allowed move.
	 *
	 * @param reportRequired whether supervisors must be told (emergency shutdown)
	 * @param noticeUntil until when the notice must stay up (closing), if it matters
	 */
	record Moved(LifecycleAction action, SiteStatus from, SiteStatus to, Instant at, String reason, String notice,
			LocalDate until, String migrationTarget, Map<String, String> columnTargets, String attachment,
			boolean reportRequired, Instant noticeUntil) implements TransitionResult {
	}

	record Refused(TransitionRefusal refusal) implements TransitionResult {
	}

}
