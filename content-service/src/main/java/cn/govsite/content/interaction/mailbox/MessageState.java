package cn.govsite.content.interaction.mailbox;

/**
 * Where a citizen's message stands; the label is what the writer sees by tracking code.
 */
public enum MessageState {

	/** 待受理 — received, nobody has looked at it yet. */
	SUBMITTED("待受理", true),
	/** 已受理 — accepted for an answer; the deadline runs. */
	ACCEPTED("已受理", true),
	/** 已转办 — handed to a unit (department) to answer. */
	ASSIGNED("办理中", true),
	/** 已答复 — answered; the writer sees the reply, the public not yet. */
	REPLIED("已答复", false),
	/** 已公开 — the masked message and reply are on the site. */
	PUBLISHED("已答复并公开", false),
	/** 不公开 — answered but kept off the site, with a reason. */
	PRIVATE("已答复（不公开）", false),
	/**
	 * 不予受理 — not accepted (not the site's business, abusive, duplicate), with a reason.
	 */
	REJECTED("不予受理", false);

	private final String label;

	private final boolean open;

	MessageState(String label, boolean open) {
		this.label = label;
		this.open = open;
	}

	public String label() {
		return this.label;
	}

	/** Whether an answer is still owed (the deadline runs). */
	public boolean open() {
		return this.open;
	}

}
