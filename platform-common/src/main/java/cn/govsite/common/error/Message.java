package cn.govsite.common.error;

/**
 * A text shown to people in both languages the platform speaks: Chinese first, English
 * beside it.
 */
public record Message(String zh, String en) {

	public static Message of(String zh, String en) {
		return new Message(zh, en);
	}

}
