package cn.govsite.content.deadline;

import cn.govsite.content.item.ArticleFields;
import cn.govsite.content.item.ContentType;
import cn.govsite.content.item.TypeFields;

/**
 * 信息时效要求 (seed 004 二(二)1): major events, important meetings, leaders' activities and
 * emergencies the same day and at the latest the next; daily news within 3 working days;
 * documents and reports within 5; everything else within 7.
 */
public enum DeadlineRule {

	/** 当天发布，最迟不超过第2天 — counted in calendar days: events do not wait for Monday. */
	SAME_DAY("当天发布，最迟次日", 1, false),
	/** 日常工作新闻类 3个工作日内. */
	NEWS("日常工作新闻3个工作日内", 3, true),
	/** 文件、报告类 5个工作日内. */
	DOCUMENT("文件、报告类5个工作日内", 5, true),
	/** 其他信息 7个工作日内. */
	OTHER("其他信息7个工作日内", 7, true);

	private final String label;

	private final int days;

	private final boolean workingDays;

	DeadlineRule(String label, int days, boolean workingDays) {
		this.label = label;
		this.days = days;
		this.workingDays = workingDays;
	}

	public String label() {
		return this.label;
	}

	public int days() {
		return this.days;
	}

	public boolean countsWorkingDays() {
		return this.workingDays;
	}

	/** The rule for an item of this type with these fields. */
	public static DeadlineRule of(ContentType type, TypeFields fields) {
		return switch (type) {
			case ARTICLE ->
				(fields instanceof ArticleFields article && article.eventKind() != null && article.eventKind().urgent())
						? SAME_DAY : NEWS;
			case POLICY_DOCUMENT, POLICY_INTERPRETATION -> DOCUMENT;
			case NOTICE, LEADER_PROFILE, LINK, SERVICE_GUIDE -> OTHER;
		};
	}

}
