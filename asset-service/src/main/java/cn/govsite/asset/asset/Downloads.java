package cn.govsite.asset.asset;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * How a stored file is handed back: a content type the platform trusts, and a
 * {@code Content-Disposition} that keeps Chinese names (RFC 6266 / RFC 5987) and shows
 * inline only types that cannot run script in the browser.
 */
public final class Downloads {

	static final String OCTET_STREAM = MediaType.APPLICATION_OCTET_STREAM_VALUE;

	/** Shown in the browser; everything else (HTML, SVG, PDF...) is downloaded. */
	private static final Set<String> INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp",
			"text/plain", "audio/mpeg", "audio/ogg", "video/mp4", "video/webm");

	private Downloads() {
	}

	/** The client's declared type when it is a well-formed media type, else bytes. */
	static String contentType(String declared) {
		if (declared == null || declared.isBlank() || declared.length() > 150) {
			return OCTET_STREAM;
		}
		try {
			MediaType type = MediaType.parseMediaType(declared);
			if (type.isWildcardType() || type.isWildcardSubtype()) {
				return OCTET_STREAM;
			}
			return type.toString();
		}
		catch (InvalidMediaTypeException ex) {
			return OCTET_STREAM;
		}
	}

	static boolean inline(String contentType) {
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return INLINE.contains((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/**
	 * {@code inline|attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded}.
	 */
	public static String contentDisposition(String contentType, String filename) {
		return (inline(contentType) ? "inline" : "attachment") + "; filename=\"" + asciiFallback(filename)
				+ "\"; filename*=UTF-8''" + rfc5987(filename);
	}

	private static String asciiFallback(String filename) {
		StringBuilder out = new StringBuilder();
		for (char c : filename.toCharArray()) {
			out.append((c >= 0x20 && c < 0x7f && c != '"' && c != '\\') ? c : '_');
		}
		return out.toString();
	}

	/** RFC 5987 {@code value-chars}: attr-char kept, every other byte percent-encoded. */
	static String rfc5987(String value) {
		StringBuilder out = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				out.append((char) c);
			}
			else {
				out.append('%')
					.append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return out.toString();
	}

}
