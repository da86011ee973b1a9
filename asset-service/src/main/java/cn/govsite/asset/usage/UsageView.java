package cn.govsite.asset.usage;

import java.time.Instant;

/** One article that uses a resource. */
record UsageView(long siteId, long articleId, Instant recordedAt) {

	static UsageView of(AssetUsage usage) {
		return new UsageView(usage.getSiteId(), usage.getArticleId(), usage.getRecordedAt());
	}

}
