package cn.govsite.content.supervision.report;

/**
 * A stale or blank column at the period's last inspection.
 *
 * @param daysSilent null for a blank column
 */
public record ColumnLine(long columnId, String name, String status, Long daysSilent, String responsibleUnit) {

}
