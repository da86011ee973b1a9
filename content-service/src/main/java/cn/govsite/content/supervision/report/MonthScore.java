package cn.govsite.content.supervision.report;

/** A site's stored monthly score, as a report reads it. */
public record MonthScore(String month, int total, boolean passed, boolean vetoed) {

}
