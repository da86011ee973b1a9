package cn.govsite.content.item;

/**
 * A news item's fields: what kind of event it reports, which sets its publishing deadline
 * (004: major events, meetings, leaders' activities and emergencies the same day).
 */
public record ArticleFields(EventKind eventKind) implements TypeFields {

	/** 信息时效类别 of a news item (004 二(二)1). */
	public enum EventKind {

		/** 重大活动. */
		MAJOR_EVENT,
		/** 重要会议. */
		IMPORTANT_MEETING,
		/** 主要领导活动. */
		LEADER_ACTIVITY,
		/** 突发事件. */
		EMERGENCY,
		/** 日常工作新闻. */
		ROUTINE;

		/** Reported the same day, at the latest the next. */
		public boolean urgent() {
			return this != ROUTINE;
		}

	}

}
