package cn.govsite.search.query;

/**
 * Escapes plain text for HTML, the way Elasticsearch's html encoder does, for the
 * fallbacks when a hit comes without a highlight.
 */
final class HtmlText {

	private HtmlText() {
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#x27;");
				case '/' -> out.append("&#x2F;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
