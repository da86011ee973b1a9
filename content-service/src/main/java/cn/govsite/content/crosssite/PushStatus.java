package cn.govsite.content.crosssite;

/** Where a pushed item stands at the parent portal (采用情况). */
public enum PushStatus {

	/** 待采用 — in the parent's review queue. */
	PENDING,
	/** 已采用 — the parent published it; counts for the pushing site's score. */
	ADOPTED,
	/** 未采用 — the parent's reviewer rejected it. */
	REJECTED

}
