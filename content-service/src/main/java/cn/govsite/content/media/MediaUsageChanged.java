package cn.govsite.content.media;

import java.util.List;

/**
 * Event: the resources an article of the event's site now uses — the whole set, so a
 * consumer that applies it twice or late ends in the same state.
 */
public record MediaUsageChanged(long articleId, List<Long> assetIds) {

	public static final String TYPE = "MediaUsageChanged";

}
