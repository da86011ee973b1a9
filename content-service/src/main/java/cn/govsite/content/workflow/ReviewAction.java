package cn.govsite.content.workflow;

/** What a step of the review workflow did, as the audit (一事一审) records it. */
public enum ReviewAction {

	SUBMIT, APPROVE, REJECT, EDIT,
	/** An edit that dropped approvals already given (four-eyes reset). */
	EDIT_RESET, PUBLISH,
	/** A publish of a draft without review in a 直接发布 column. */
	DIRECT_PUBLISH, SCHEDULED_PUBLISH, WITHDRAW

}
