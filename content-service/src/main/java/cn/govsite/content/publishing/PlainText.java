package cn.govsite.content.publishing;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The article body as text: paragraphs are separated by blank lines. Today the body is
 * plain text already; when bodies become sanitised HTML this is where markup is stripped
 * for search and events.
 */
final class PlainText {

	private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\u3000]*\\n\\s*");

	private PlainText() {
	}

	/** The paragraphs of a body, trimmed, without empty ones, line breaks kept inside. */
	static List<String> paragraphs(String body) {
		String normalized = body.replace("\r\n", "\n").replace('\r', '\n');
		return Arrays.stream(BLANK_LINES.split(normalized)).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	/** The body as plain text, paragraphs joined by one blank line. */
	static String of(String body) {
		return String.join("\n\n", paragraphs(body));
	}

}
