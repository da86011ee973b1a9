package cn.govsite.content.feed;

import java.time.Instant;

/**
 * Payload of the {@code ColumnFeedFailed} event (数据接口/抓取失败): a column's feed could not be
 * read; addressed to the column's responsible unit as {@code ColumnStaleSoon} is.
 */
public record ColumnFeedFailed(long siteId, String siteCode, long columnId, String columnName, String responsibleUnit,
		long feedId, String url, String error, int failures, Instant failedAt) {

	public static final String TYPE = "ColumnFeedFailed";

}
