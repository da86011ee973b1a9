package cn.govsite.content.column;

import java.time.Instant;
import java.util.List;

/**
 * Event {@value #TYPE}: the main structure of a site's columns (its top-level columns, in
 * order) changed. Seed 001 第九条(五): a change of 栏目的主体结构 is reported within two days;
 * tenant-service records it with the site's other changes and their deadline.
 */
public record ColumnStructureChanged(long siteId, String code, List<String> before, List<String> after, String actor,
		Instant occurredAt) {

	public static final String TYPE = "ColumnStructureChanged";

}
