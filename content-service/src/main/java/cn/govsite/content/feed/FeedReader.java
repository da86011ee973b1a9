package cn.govsite.content.feed;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a fetched feed document into entries: RSS and Atom with ROME, JSON with the
 * configured JSON Pointers, a scraped list with jsoup and the configured CSS selectors
 * (each item's body read from its linked page). Plain Java: the page fetch is passed in.
 */
final class FeedReader {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");

	private FeedReader() {
	}

	static List<FeedEntry> read(FeedKind kind, FeedSettings settings, String url, byte[] document,
			Function<String, byte[]> fetch) {
		return switch (kind) {
			case RSS -> rss(document);
			case JSON -> json(settings, url, document);
			case SCRAPE -> scrape(settings, url, document, fetch);
		};
	}

	private static List<FeedEntry> rss(byte[] document) {
		SyndFeed feed;
		try (XmlReader reader = new XmlReader(new ByteArrayInputStream(document))) {
			SyndFeedInput input = new SyndFeedInput();
			input.setAllowDoctypes(false);
			feed = input.build(reader);
		}
		catch (Exception ex) {
			throw new FeedFailure("Not an RSS or Atom feed: " + ex.getMessage(), ex);
		}
		List<FeedEntry> entries = new ArrayList<>();
		for (SyndEntry entry : feed.getEntries()) {
			String body = entry.getContents().stream().map(SyndContent::getValue).findFirst().orElse(null);
			if (body == null && entry.getDescription() != null) {
				body = entry.getDescription().getValue();
			}
			Date date = (entry.getPublishedDate() != null) ? entry.getPublishedDate() : entry.getUpdatedDate();
			entries.add(new FeedEntry(entry.getUri(), entry.getLink(), entry.getTitle(), body,
					(date != null) ? date.toInstant().atZone(ZONE).toLocalDate() : null));
		}
		return entries;
	}

	private static List<FeedEntry> json(FeedSettings settings, String url, byte[] document) {
		JsonNode root;
		try {
			root = JSON.readTree(document);
		}
		catch (JacksonException ex) {
			throw new FeedFailure("Not a JSON document: " + url);
		}
		JsonNode items = root.at(pointer(settings.itemsPath()));
		if (!items.isArray()) {
			throw new FeedFailure("No array at " + settings.itemsPath() + " in " + url);
		}
		List<FeedEntry> entries = new ArrayList<>();
		for (JsonNode item : items) {
			entries.add(new FeedEntry(text(item, settings.guidPath()), absolute(url, text(item, settings.linkPath())),
					text(item, settings.titlePath()), text(item, settings.bodyPath()),
					date(text(item, settings.datePath())).orElse(null)));
		}
		return entries;
	}

	private static List<FeedEntry> scrape(FeedSettings settings, String url, byte[] document,
			Function<String, byte[]> fetch) {
		Document page = Jsoup.parse(new String(document, java.nio.charset.StandardCharsets.UTF_8), url);
		List<FeedEntry> entries = new ArrayList<>();
		for (Element item : page.select(settings.itemSelector())) {
			Element link = select(item, settings.linkSelector());
			String href = (link != null) ? link.absUrl("href") : null;
			Element title = select(item, settings.titleSelector());
			Element date = select(item, settings.dateSelector());
			String body = null;
			if (href != null && !href.isBlank() && settings.bodySelector() != null) {
				Document detail = Jsoup.parse(new String(fetch.apply(href), java.nio.charset.StandardCharsets.UTF_8),
						href);
				Element content = detail.selectFirst(settings.bodySelector());
				body = (content != null) ? content.html() : null;
			}
			entries.add(new FeedEntry(null, href, (title != null) ? title.text() : null, body,
					(date != null) ? date(date.text()).orElse(null) : null));
		}
		return entries;
	}

	private static Element select(Element item, String selector) {
		return (selector == null || selector.isBlank()) ? item : item.selectFirst(selector);
	}

	private static String text(JsonNode item, String path) {
		if (path == null || path.isBlank()) {
			return null;
		}
		JsonNode value = item.at(pointer(path));
		return (value.isMissingNode() || value.isNull()) ? null
				: value.isValueNode() ? value.asString() : value.toString();
	}

	private static String pointer(String path) {
		if (path == null || path.isBlank()) {
			return "";
		}
		return path.startsWith("/") ? path : "/" + path.replace('.', '/');
	}

	private static String absolute(String base, String link) {
		if (link == null || link.isBlank()) {
			return link;
		}
		try {
			return URI.create(base).resolve(link.strip()).toString();
		}
		catch (IllegalArgumentException ex) {
			return link;
		}
	}

	/** The first date in the text: 2026-03-01, 2026/3/1, 2026.3.1 or 2026年3月1日. */
	static Optional<LocalDate> date(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = DATE.matcher(text);
		if (!m.find()) {
			try {
				return Optional.of(LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE));
			}
			catch (DateTimeParseException ex) {
				return Optional.empty();
			}
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3))));
		}
		catch (java.time.DateTimeException ex) {
			return Optional.empty();
		}
	}

}
