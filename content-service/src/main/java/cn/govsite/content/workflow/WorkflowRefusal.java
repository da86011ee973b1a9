package cn.govsite.content.workflow;

/**
 * A step the workflow refuses, with the reason in both languages; the service turns it
 * into a problem (403 for who, 409 for when, 400 for what).
 */
public final class WorkflowRefusal extends RuntimeException {

	/** Why: the person may not, the state does not allow it, or the input is missing. */
	public enum Kind {

		FORBIDDEN, INVALID_STATE, INVALID_INPUT

	}

	private final Kind kind;

	private final String zh;

	private final String field;

	WorkflowRefusal(Kind kind, String field, String zh, String en) {
		super(en);
		this.kind = kind;
		this.field = field;
		this.zh = zh;
	}

	static WorkflowRefusal forbidden(String zh, String en) {
		return new WorkflowRefusal(Kind.FORBIDDEN, null, zh, en);
	}

	static WorkflowRefusal state(String zh, String en) {
		return new WorkflowRefusal(Kind.INVALID_STATE, null, zh, en);
	}

	static WorkflowRefusal input(String field, String zh, String en) {
		return new WorkflowRefusal(Kind.INVALID_INPUT, field, zh, en);
	}

	public Kind kind() {
		return this.kind;
	}

	public String zh() {
		return this.zh;
	}

	public String en() {
		return getMessage();
	}

	public String field() {
		return this.field;
	}

}
