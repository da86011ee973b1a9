package cn.govsite.content.migration;

import java.time.Instant;

/** 迁移任务 — one migration of an old site into a site, as stored, with its counts. */
record MigrationJob(long id, long siteId, String name, String mapping, MigrationState state, Counts counts,
		String error, String createdBy, Instant createdAt, Instant startedAt, Instant heartbeatAt, Instant finishedAt) {

	/** What the job has done so far. */
	record Counts(int visited, int queued, int imported, int archived, int skipped, int failed, int redirects,
			int assets) {
	}

}
