package cn.govsite.content.column;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A column as the API shows it; {@code parentId} is null for a top-level column,
 * {@code children} is set only in the tree; {@code archivedAt} is set once it is 已归档.
 */
record ColumnView(long id, long siteId, Long parentId, String name, String code, int sortOrder, String content,
		String responsibleUnit, GuaranteeMethod method, String methodText, Cycle cycle, InspectionCategory category,
		String linkUrl, String planName, Instant createdAt, Instant archivedAt,
		@JsonInclude(JsonInclude.Include.NON_NULL) List<ColumnView> children) {

	static ColumnView of(SiteColumn column) {
		return of(column, null);
	}

	static ColumnView of(SiteColumn column, List<ColumnView> children) {
		Cycle cycle = column.cycle()
			.map(c -> new Cycle(c.kind(), c.kind().counted() ? c.count() : null, c.text(),
					c.maxSilence().map(p -> p.toString()).orElse(null)))
			.orElse(null);
		return new ColumnView(column.getId(), column.getSiteId(), column.getParentId(), column.getName(),
				column.getCode(), column.getSortOrder(), column.getContent(), column.getResponsibleUnit(),
				column.getMethod(), column.getMethodText(), cycle, column.getCategory(), column.getLinkUrl(),
				column.getPlanName(), column.getCreatedAt(), column.getArchivedAt(), children);
	}

	/** The update cycle; {@code maxSilence} is an ISO-8601 period ("P14D", "P1M"). */
	record Cycle(CycleKind kind, Integer count, String text, String maxSilence) {

	}

}
