package cn.govsite.content.column;

import java.time.Instant;

/** A column as the API shows it; {@code parentId} is null for a top-level column. */
record ColumnView(long id, long siteId, Long parentId, String name, int sortOrder, Instant createdAt) {

	static ColumnView of(SiteColumn column) {
		return new ColumnView(column.getId(), column.getSiteId(), column.getParentId(), column.getName(),
				column.getSortOrder(), column.getCreatedAt());
	}

}
