package cn.govsite.content.interaction.mailbox;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * 查询码 — what an anonymous writer keeps to look up their message: 16 characters of
 * Crockford's base32 (80 random bits, no I/L/O/U to misread), so codes cannot be guessed
 * and a wrong one is simply not found.
 */
final class TrackingCodes {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final Pattern FORMAT = Pattern.compile("[0-9A-HJKMNP-TV-Z]{16}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private TrackingCodes() {
	}

	static String next() {
		char[] code = new char[16];
		for (int i = 0; i < code.length; i++) {
			code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(code);
	}

	/** Whether the text can be a code at all (checked before any query). */
	static boolean wellFormed(String code) {
		return code != null && FORMAT.matcher(code).matches();
	}

}
