package cn.govsite.content.workflow;

/** What a step of the review workflow did, as the audit (一事一审) records it. */
public enum ReviewAction {

	SUBMIT, APPROVE, REJECT, EDIT,
	/** An edit that dropped approvals already given (four-eyes reset). */
	EDIT_RESET, PUBLISH,
	/** A publish of a draft without review in a 直接发布 column. */
	DIRECT_PUBLISH, SCHEDULED_PUBLISH, WITHDRAW,
	/** 信息报送: the item arrived from a child site and waits for this site's review. */
	PUSH_RECEIVED,
	/** 转载: the item was copied from another site's published item. */
	REPRINT,
	/** 归档. */
	ARCHIVE

}
