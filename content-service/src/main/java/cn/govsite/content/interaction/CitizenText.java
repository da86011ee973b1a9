package cn.govsite.content.interaction;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * What a citizen typed, made safe to store and show as plain text: every HTML tag is
 * dropped (jsoup's cleaner with an empty safelist, so scripts and styles go with their
 * content), entities are decoded back to characters, line breaks are kept, and control
 * characters other than line breaks and tabs are removed. Templates escape on output;
 * this keeps markup out of the data itself.
 */
public final class CitizenText {

	private static final Document.OutputSettings PLAIN = new Document.OutputSettings().prettyPrint(false);

	private CitizenText() {
	}

	/** The text without markup, trimmed; {@code null} stays {@code null}. */
	public static String clean(String input) {
		if (input == null) {
			return null;
		}
		String normalized = input.replace("\r\n", "\n").replace('\r', '\n');
		String text = normalized;
		if (normalized.indexOf('<') >= 0 || normalized.indexOf('&') >= 0) {
			String cleaned = Jsoup.clean(normalized, "", Safelist.none(), PLAIN);
			text = Parser.unescapeEntities(cleaned, false);
		}
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints()
			.filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
			.forEach(kept::appendCodePoint);
		return kept.toString().strip();
	}

}
