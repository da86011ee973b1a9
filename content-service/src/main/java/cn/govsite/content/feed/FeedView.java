package cn.govsite.content.feed;

import java.time.Instant;

/** A column feed as its site's people see it, with how its last polls went. */
public record FeedView(long id, long columnId, FeedKind kind, String url, FeedSettings settings, int intervalMinutes,
		boolean enabled, String createdBy, Instant createdAt, Instant nextPollAt, Instant lastPolledAt,
		Instant lastOkAt, String lastError, int failures, int itemsTaken) {

}
