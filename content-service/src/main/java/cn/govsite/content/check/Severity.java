package cn.govsite.content.check;

/** How serious a finding is: a blocking one stops submission for review. */
public enum Severity {

	/** 严重 — must be fixed before the item may be submitted. */
	BLOCKING,

	/** 提示 — shown to the author and the reviewer, does not stop submission. */
	WARNING

}
