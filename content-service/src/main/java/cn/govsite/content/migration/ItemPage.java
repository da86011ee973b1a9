package cn.govsite.content.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an old item page says, read with the mapping's selectors: title, date (with its
 * time when the page gives one), source and the body element (a copy, free to rewrite).
 */
record ItemPage(String title, LocalDateTime date, String source, Element body) {

	private static final Pattern DATE = Pattern.compile(
			"(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*(?:(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

	private static final Pattern SOURCE_LABEL = Pattern.compile("^\\s*(来源|信息来源|发布机构)\\s*[:：]\\s*");

	/**
	 * The page read as an item, or empty when it has no title or no body (not an item).
	 */
	static Optional<ItemPage> read(Document page, MigrationMapping.PageSelectors selectors) {
		Element title = page.selectFirst(selectors.title());
		Element body = page.selectFirst(selectors.body());
		if (title == null || body == null || title.text().isBlank()) {
			return Optional.empty();
		}
		LocalDateTime date = null;
		if (selectors.date() != null) {
			Element dateElement = page.selectFirst(selectors.date());
			date = (dateElement != null) ? parseDate(dateElement.text()) : null;
		}
		String source = null;
		if (selectors.source() != null) {
			Element sourceElement = page.selectFirst(selectors.source());
			if (sourceElement != null) {
				source = SOURCE_LABEL.matcher(sourceElement.text()).replaceFirst("").strip();
				source = source.isEmpty() ? null : clip(source, 100);
			}
		}
		return Optional.of(new ItemPage(clip(title.text().strip(), 200), date, source, body.clone()));
	}

	/** The first date in the text (2024-03-05, 2024/3/5, 2024年3月5日, time optional). */
	static LocalDateTime parseDate(String text) {
		Matcher matcher = DATE.matcher(text);
		if (!matcher.find()) {
			return null;
		}
		try {
			LocalTime time = (matcher.group(4) != null)
					? LocalTime.of(Integer.parseInt(matcher.group(4)), Integer.parseInt(matcher.group(5)),
							(matcher.group(6) != null) ? Integer.parseInt(matcher.group(6)) : 0)
					: LocalTime.MIDNIGHT;
			return LocalDateTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3)), time.getHour(), time.getMinute(), time.getSecond());
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	/**
	 * What makes two pages the same item: the title and the body's text, whitespace
	 * folded. Two URLs of one article (print view, old and new path) hash alike.
	 */
	String contentHash() {
		String text = this.title + "\n" + this.body.text().replaceAll("\\s+", " ").strip();
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String clip(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

}
