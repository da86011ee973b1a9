package cn.govsite.content.workflow;

/** What a step of the review workflow did, as the audit (一事一审) records it. */
public enum ReviewAction {

	SUBMIT, APPROVE, REJECT, EDIT,
	/** An edit that dropped approvals already given (four-eyes reset). */
	EDIT_RESET, PUBLISH,
	/** A site admin's publish of a draft without review (直接发布). */
	DIRECT_PUBLISH, SCHEDULED_PUBLISH, WITHDRAW

}
