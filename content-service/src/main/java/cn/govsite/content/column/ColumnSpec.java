package cn.govsite.content.column;

/**
 * A column's own fields as a person or a plan states them, already parsed; what
 * {@link ColumnRules} checks and {@link ColumnService} writes.
 */
public record ColumnSpec(String name, String code, String content, String responsibleUnit, GuaranteeMethod method,
		String methodText, UpdateCycle cycle, InspectionCategory category, String linkUrl, int sortOrder) {

	/** A column with only a name, as the first API knew it. */
	public static ColumnSpec named(String name) {
		return new ColumnSpec(name, null, null, null, GuaranteeMethod.PUBLISH_AFTER_REVIEW, null, null, null, null, 0);
	}

}
