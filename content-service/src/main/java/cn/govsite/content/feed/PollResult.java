package cn.govsite.content.feed;

/**
 * What one poll did: entries offered, new items taken (published directly or queued for
 * review), entries skipped as seen before or as unusable (invalid, or refused by 质检), and
 * the error when the feed could not be read.
 */
public record PollResult(long feedId, int offered, int published, int queued, int duplicates, int unusable,
		String error) {

	static PollResult failed(long feedId, String error) {
		return new PollResult(feedId, 0, 0, 0, 0, 0, error);
	}

}
