package cn.govsite.gateway.page;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * 压缩传输 — gzip for published pages: compressed once when a page enters the cache, and
 * chosen per request from {@code Accept-Encoding} (RFC 9110 §12.5.3). Only text-like
 * types are compressed, and only when it saves something worth a header.
 */
final class PageEncoding {

	/** Below this, gzip's header and trailer eat the gain. */
	static final int MIN_BYTES = 512;

	private PageEncoding() {
	}

	/** The gzip bytes of a page worth compressing, else {@code null}. */
	static byte[] gzip(byte[] content, String contentType) {
		if (content.length < MIN_BYTES || !compressible(contentType)) {
			return null;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 3);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
			gzip.write(content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] compressed = out.toByteArray();
		// Less than 10% saved is not worth the client's work.
		return (compressed.length < content.length * 0.9) ? compressed : null;
	}

	static boolean compressible(String contentType) {
		if (contentType == null) {
			return false;
		}
		String type = contentType.toLowerCase(Locale.ROOT);
		return type.startsWith("text/") || type.startsWith("application/javascript")
				|| type.startsWith("application/json") || type.startsWith("application/xml")
				|| type.startsWith("application/rss+xml") || type.startsWith("application/atom+xml")
				|| type.startsWith("image/svg+xml");
	}

	/**
	 * Whether the client takes gzip: listed as {@code gzip}, {@code x-gzip} or {@code *}
	 * with a non-zero weight, and not refused by name (an explicit {@code gzip;q=0} wins
	 * over {@code *}).
	 */
	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null || acceptEncoding.isEmpty()) {
			return false;
		}
		Boolean named = null;
		boolean any = false;
		for (String part : acceptEncoding.split(",")) {
			int semicolon = part.indexOf(';');
			String coding = ((semicolon < 0) ? part : part.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
			boolean acceptable = (semicolon < 0) || weight(part.substring(semicolon + 1)) > 0;
			if (coding.equals("gzip") || coding.equals("x-gzip")) {
				named = acceptable;
			}
			else if (coding.equals("*")) {
				any = acceptable;
			}
		}
		return (named != null) ? named : any;
	}

	/** The {@code q} of the parameters, 1 without one, 0 when it cannot be read. */
	private static double weight(String parameters) {
		for (String parameter : parameters.split(";")) {
			String trimmed = parameter.strip();
			if (trimmed.length() > 2 && (trimmed.charAt(0) == 'q' || trimmed.charAt(0) == 'Q')
					&& trimmed.charAt(1) == '=') {
				try {
					return Double.parseDouble(trimmed.substring(2).strip());
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

}
