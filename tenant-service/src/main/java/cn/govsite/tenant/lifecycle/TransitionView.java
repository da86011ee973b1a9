package cn.govsite.tenant.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import cn.govsite.tenant.site.SiteStatus;

/** One transition as the administration API shows it. */
record TransitionView(long id, LifecycleAction action, SiteStatus from, SiteStatus to, String reason, String notice,
		LocalDate until, String migrationTarget, Map<String, String> columnTargets, String attachment,
		boolean reportRequired, Instant noticeUntil, String actor, Instant occurredAt) {

	static TransitionView of(SiteTransition t, Map<String, String> columnTargets) {
		return new TransitionView(t.getId(), t.getAction(), t.getFromStatus(), t.getToStatus(), t.getReason(),
				t.getNotice(), t.getUntilDate(), t.getMigrationTarget(), columnTargets, t.getAttachment(),
				t.isReportRequired(), t.getNoticeUntil(), t.getActor(), t.getOccurredAt());
	}

}
