package cn.govsite.content.publishing;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import cn.govsite.content.article.ArticleBody;

/**
 * The article body as text: paragraphs are separated by blank lines. An HTML body (see
 * {@link ArticleBody}) has its markup stripped here for search and events: block ends
 * become paragraph breaks, entities are decoded.
 */
final class PlainText {

	private static final Pattern BLOCK_END = Pattern
		.compile("(?i)</(?:p|h[1-6]|li|tr|table|blockquote|caption)>|<br\\s*/?>");

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

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
		return String.join("\n\n", paragraphs(ArticleBody.isHtml(body) ? stripHtml(body) : body));
	}

	private static String stripHtml(String html) {
		String text = BLOCK_END.matcher(html).replaceAll("\n\n");
		text = TAG.matcher(text).replaceAll("");
		return text.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#34;", "\"")
			.replace("&#39;", "'")
			.replace("&#64;", "@")
			.replace("&nbsp;", " ")
			.replace("&amp;", "&");
	}

}
