package cn.govsite.content.supervision.inspection;

/** How a column stands at an inspection. */
public enum ColumnStatus {

	/** Updated within its limit. */
	FRESH,

	/** 未更新 — silent longer than its own cycle or the national limit for its category. */
	STALE,

	/** 空白栏目 — nothing published in it (not a link, not a parent of sub-columns). */
	BLANK,

	/**
	 * Not judged by silence: links elsewhere, holds sub-columns, is updated on change
	 * only, or is an interaction column (judged by its messages).
	 */
	NOT_JUDGED

}
