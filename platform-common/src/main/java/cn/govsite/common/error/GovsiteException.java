package cn.govsite.common.error;

import java.util.List;

/**
 * The one exception domain and edge code throws for a problem a person should see. It
 * carries a {@link ProblemType} and a bilingual detail; it becomes RFC 9457 problem
 * details at the edge.
 */
public class GovsiteException extends RuntimeException {

	private final ProblemType type;

	private final Message detail;

	private final List<FieldViolation> violations;

	public GovsiteException(ProblemType type, Message detail) {
		this(type, detail, List.of());
	}

	public GovsiteException(ProblemType type, Message detail, List<FieldViolation> violations) {
		super(type.slug() + ": " + detail.en());
		this.type = type;
		this.detail = detail;
		this.violations = List.copyOf(violations);
	}

	public ProblemType type() {
		return this.type;
	}

	public Message detail() {
		return this.detail;
	}

	public List<FieldViolation> violations() {
		return this.violations;
	}

	public static GovsiteException notFound(String zhWhat, String enWhat, Object id) {
		return new GovsiteException(ProblemType.NOT_FOUND,
				Message.of(zhWhat + "不存在：" + id, enWhat + " not found: " + id));
	}

	public static GovsiteException invalid(String field, Message message) {
		return new GovsiteException(ProblemType.VALIDATION, Message.of("请求参数校验失败", "Request validation failed"),
				List.of(new FieldViolation(field, message)));
	}

	public static GovsiteException conflict(Message detail) {
		return new GovsiteException(ProblemType.CONFLICT, detail);
	}

	public static GovsiteException forbidden(Message detail) {
		return new GovsiteException(ProblemType.FORBIDDEN, detail);
	}

}
