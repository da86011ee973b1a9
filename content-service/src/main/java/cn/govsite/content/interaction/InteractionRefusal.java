package cn.govsite.content.interaction;

import java.util.function.Supplier;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;

/**
 * A step the interaction rules refuse, with the reason in both languages. The plain
 * domain classes throw it; {@link #decide} turns it into a problem (403 for who, 409 for
 * when, 400 for what).
 */
public final class InteractionRefusal extends RuntimeException {

	/** Why: the person may not, the state does not allow it, or the input is wrong. */
	public enum Kind {

		FORBIDDEN, INVALID_STATE, INVALID_INPUT

	}

	private final Kind kind;

	private final String zh;

	private final String field;

	private InteractionRefusal(Kind kind, String field, String zh, String en) {
		super(en);
		this.kind = kind;
		this.field = field;
		this.zh = zh;
	}

	public static InteractionRefusal forbidden(String zh, String en) {
		return new InteractionRefusal(Kind.FORBIDDEN, null, zh, en);
	}

	public static InteractionRefusal state(String zh, String en) {
		return new InteractionRefusal(Kind.INVALID_STATE, null, zh, en);
	}

	public static InteractionRefusal input(String field, String zh, String en) {
		return new InteractionRefusal(Kind.INVALID_INPUT, field, zh, en);
	}

	public Kind kind() {
		return this.kind;
	}

	public String zh() {
		return this.zh;
	}

	public String field() {
		return this.field;
	}

	/** The problem the edge answers with. */
	public GovsiteException problem() {
		Message message = Message.of(this.zh, getMessage());
		return switch (this.kind) {
			case FORBIDDEN -> GovsiteException.forbidden(message);
			case INVALID_INPUT -> GovsiteException.invalid(this.field, message);
			case INVALID_STATE -> new GovsiteException(ProblemType.INVALID_STATE, message);
		};
	}

	/** Runs a domain decision, turning a refusal into its problem. */
	public static <T> T decide(Supplier<T> step) {
		try {
			return step.get();
		}
		catch (InteractionRefusal refusal) {
			throw refusal.problem();
		}
	}

}
