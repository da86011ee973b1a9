package cn.govsite.content.supervision.report;

/**
 * 互动交流 in a period: messages received, answered, and those whose reply deadline fell in
 * the period and passed without a reply in time.
 */
public record MessageCounts(int received, int answered, int overdue) {

	public static final MessageCounts NONE = new MessageCounts(0, 0, 0);

}
