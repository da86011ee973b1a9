package cn.govsite.gateway.page;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps the path of a page request to its object key in the pages bucket:
 * {@code {siteCode}/{path}}, with {@code index.html} for a directory. Anything that could
 * step outside the site's folder ({@code ..}, encoded slashes or dots, backslashes,
 * double encoding, control characters) has no key.
 */
public final class PagePaths {

	static final int MAX_LENGTH = 1024;

	private PagePaths() {
	}

	/**
	 * The object key for the raw (still percent-encoded) request path, or empty when the
	 * path is not acceptable.
	 */
	public static Optional<String> objectKey(String siteCode, String rawPath) {
		if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/' || rawPath.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		String lower = rawPath.toLowerCase(Locale.ROOT);
		if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%25")) {
			return Optional.empty();
		}
		Optional<String> decoded = decode(rawPath);
		if (decoded.isEmpty()) {
			return Optional.empty();
		}
		String path = decoded.get();
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (c < 0x20 || c == 0x7f || c == '\\') {
				return Optional.empty();
			}
		}
		String relative = path.substring(1);
		if (relative.isEmpty() || relative.endsWith("/")) {
			relative = relative + "index.html";
		}
		if (!segmentsValid(relative)) {
			return Optional.empty();
		}
		return Optional.of(siteCode + "/" + relative);
	}

	/**
	 * No empty, {@code .} or {@code ..} segment; a scan rather than a split, since every
	 * page request passes here.
	 */
	private static boolean segmentsValid(String relative) {
		int start = 0;
		while (start <= relative.length()) {
			int end = relative.indexOf('/', start);
			if (end < 0) {
				end = relative.length();
			}
			int length = end - start;
			if (length == 0 || (relative.charAt(start) == '.'
					&& (length == 1 || (length == 2 && relative.charAt(start + 1) == '.')))) {
				return false;
			}
			start = end + 1;
		}
		return true;
	}

	/** Strict percent-decoding to UTF-8; malformed escapes or bytes give empty. */
	private static Optional<String> decode(String raw) {
		if (raw.indexOf('%') < 0) {
			return Optional.of(raw);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%') {
				if (i + 2 >= raw.length()) {
					return Optional.empty();
				}
				int high = Character.digit(raw.charAt(i + 1), 16);
				int low = Character.digit(raw.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return Optional.empty();
				}
				bytes.write(high * 16 + low);
				i += 2;
			}
			else {
				byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				bytes.write(encoded, 0, encoded.length);
			}
		}
		try {
			return Optional.of(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString());
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

}
