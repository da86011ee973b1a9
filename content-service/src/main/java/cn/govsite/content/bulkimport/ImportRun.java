package cn.govsite.content.bulkimport;

import java.time.Instant;

/**
 * An import as its requester follows it: rows in the file, rows written so far, of which
 * published directly and queued for review.
 */
public record ImportRun(long id, long columnId, String importKey, ImportFormat format, ImportState state, int total,
		int done, int published, int queued, int percent, String error, String createdBy, Instant createdAt,
		Instant startedAt, Instant finishedAt) {

}
