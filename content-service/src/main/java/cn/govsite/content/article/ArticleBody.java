package cn.govsite.content.article;

import java.util.List;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * 正文 — an article body is either plain text (paragraphs separated by blank lines, no
 * tags) or HTML. HTML is sanitised with the OWASP Java HTML Sanitizer to a small
 * allow-list on save, and again when rendered, so the page template may print it
 * unescaped.
 */
public final class ArticleBody {

	private static final Pattern TAG = Pattern.compile("<[!/?a-zA-Z]");

	/** Images only from the site itself or the resource library: relative paths. */
	private static final Pattern LOCAL_URL = Pattern.compile("^/(?!/)[^\\s\\\\]*$");

	private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\u3000]*\\n\\s*");

	private static final Pattern DIGITS = Pattern.compile("^[1-9][0-9]?$");

	static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i", "blockquote")
		.allowElements("table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td")
		.allowAttributes("colspan", "rowspan")
		.matching(DIGITS)
		.onElements("th", "td")
		.allowElements("a")
		.allowUrlProtocols("http", "https")
		.allowAttributes("href")
		.onElements("a")
		.requireRelsOnLinks("noopener")
		// An image survives only with a local src (after the attribute policies ran).
		.allowElements((name, attributes) -> hasSrc(attributes) ? name : null, "img")
		.allowAttributes("src")
		.matching(LOCAL_URL)
		.onElements("img")
		.allowAttributes("alt")
		.onElements("img")
		.toFactory();

	private ArticleBody() {
	}

	/** Whether the body carries markup (anything that looks like a tag). */
	public static boolean isHtml(String body) {
		return body != null && TAG.matcher(body).find();
	}

	/** The body as stored: plain text unchanged, HTML sanitised. */
	public static String forStorage(String body) {
		return isHtml(body) ? sanitise(body) : body;
	}

	/** HTML that is safe to print unescaped: sanitised HTML, or escaped paragraphs. */
	public static String toSafeHtml(String body) {
		if (isHtml(body)) {
			return sanitise(body);
		}
		StringBuilder html = new StringBuilder();
		for (String paragraph : BLANK_LINES.split(body.replace("\r\n", "\n").replace('\r', '\n'))) {
			String text = paragraph.strip();
			if (!text.isEmpty()) {
				html.append("<p>").append(escape(text).replace("\n", "<br>")).append("</p>\n");
			}
		}
		return html.toString();
	}

	/** Attributes come as name, value, name, value… */
	private static boolean hasSrc(List<String> attributes) {
		for (int i = 0; i < attributes.size(); i += 2) {
			if ("src".equals(attributes.get(i))) {
				return true;
			}
		}
		return false;
	}

	public static String sanitise(String html) {
		return POLICY.sanitize(html);
	}

	private static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
