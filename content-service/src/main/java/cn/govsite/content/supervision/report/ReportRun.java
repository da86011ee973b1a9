package cn.govsite.content.supervision.report;

import java.time.Instant;

/**
 * A report run as its requester sees it.
 *
 * @param siteId the site of a SITE run, null for the platform
 * @param total reports to build (each site's, then the platform's); 0 until started
 * @param report where the result is read once DONE
 */
public record ReportRun(long id, Scope scope, Long siteId, String period, State state, int total, int done, int percent,
		String error, String createdBy, Instant createdAt, Instant startedAt, Instant finishedAt, String report) {

	/** Whose report a run builds. */
	public enum Scope {

		/** Every site's report and the platform-wide one. */
		PLATFORM,

		/** One site's report. */
		SITE

	}

	/** QUEUED -> RUNNING -> DONE or FAILED; a queued run may fail before it starts. */
	public enum State {

		QUEUED, RUNNING, DONE, FAILED;

		public boolean mayBecome(State next) {
			return switch (this) {
				case QUEUED -> next == RUNNING || next == FAILED;
				case RUNNING -> next == RUNNING || next == DONE || next == FAILED;
				case DONE, FAILED -> false;
			};
		}

	}

}
