package cn.govsite.content.supervision.report;

/**
 * Items published in a period in the columns of one inspection category (动态要闻, 通知公告…),
 * for the yearly 网站工作年度报表.
 *
 * @param category the category's code, null for unclassified columns
 */
public record CategoryCount(String category, String label, int items) {

}
