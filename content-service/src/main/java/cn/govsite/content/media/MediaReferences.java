package cn.govsite.content.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.html.HtmlSanitizer;

import org.springframework.http.HttpStatus;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;

/**
 * 媒体引用 — what media an article body embeds, read with the OWASP sanitizer's HTML lexer
 * (the same parser the body is cleaned with, so both see the same elements). Media must
 * come from the library (先入库、后使用): an embed naming a library resource yields its id;
 * anything else — an external address, a {@code data:} URI, a path outside the library —
 * is an offending element, listed so the editor can fix each one.
 */
public final class MediaReferences {

	/** Elements that put a file into the page, and the attributes that name it. */
	private static final Map<String, List<String>> EMBEDS = Map.of("img", List.of("src", "srcset"), "video",
			List.of("src", "poster"), "audio", List.of("src"), "source", List.of("src", "srcset"), "track",
			List.of("src"), "embed", List.of("src"), "object", List.of("data"), "input", List.of("src"));

	/** The library's own paths: the file, a variant of it. */
	private static final Pattern LIBRARY_PATH = Pattern
		.compile("^/assets/(\\d{1,18})/(?:content|variants/\\d{1,5})(?:[?#].*)?$");

	private static final Set<String> ID_ATTRIBUTE = Set.of("data-asset-id");

	/** The body embeds media from outside the library; {@code errors} lists each. */
	public static final ProblemType NOT_IN_LIBRARY = new ProblemType("media-not-in-library",
			HttpStatus.UNPROCESSABLE_CONTENT, Message.of("正文中的媒体未经资源库登记", "Media not from the resource library"));

	private MediaReferences() {
	}

	/** Scans the body; never throws on malformed HTML. */
	public static Scan scan(String html) {
		SortedSet<Long> ids = new TreeSet<>();
		List<Offending> offending = new ArrayList<>();
		HtmlSanitizer.sanitize((html != null) ? html : "", new HtmlSanitizer.Policy() {
			@Override
			public void openDocument() {
			}

			@Override
			public void closeDocument() {
			}

			@Override
			public void openTag(String element, List<String> attributes) {
				String name = element.toLowerCase(Locale.ROOT);
				List<String> sources = EMBEDS.get(name);
				for (int i = 0; i + 1 < attributes.size(); i += 2) {
					String attribute = attributes.get(i).toLowerCase(Locale.ROOT);
					String value = attributes.get(i + 1).strip();
					if (ID_ATTRIBUTE.contains(attribute) && value.matches("\\d{1,18}")) {
						ids.add(Long.parseLong(value));
					}
					else if (sources != null && sources.contains(attribute) && !value.isEmpty()) {
						for (String candidate : attribute.equals("srcset") ? srcset(value) : List.of(value)) {
							classify(name, attribute, candidate, ids, offending);
						}
					}
				}
			}

			@Override
			public void closeTag(String element) {
			}

			@Override
			public void text(String text) {
			}
		});
		return new Scan(ids, offending);
	}

	private static void classify(String element, String attribute, String value, SortedSet<Long> ids,
			List<Offending> offending) {
		Matcher library = LIBRARY_PATH.matcher(value);
		if (library.matches()) {
			ids.add(Long.parseLong(library.group(1)));
			return;
		}
		String lower = value.toLowerCase(Locale.ROOT);
		Reason reason = lower.startsWith("data:") ? Reason.DATA_URI
				: (lower.matches("^[a-z][a-z0-9+.-]*:.*") || lower.startsWith("//")) ? Reason.EXTERNAL
						: Reason.NOT_IN_LIBRARY;
		offending.add(new Offending(element, attribute, abbreviate(value), reason));
	}

	private static List<String> srcset(String value) {
		List<String> urls = new ArrayList<>();
		for (String candidate : value.split(",")) {
			String url = candidate.strip().split("\\s+")[0];
			if (!url.isEmpty()) {
				urls.add(url);
			}
		}
		return urls;
	}

	private static String abbreviate(String value) {
		// a data: URI can be megabytes; the problem shows only its start
		return (value.length() > 120) ? value.substring(0, 120) + "…" : value;
	}

	/** What the body embeds: library ids, and every element that points elsewhere. */
	public record Scan(SortedSet<Long> assetIds, List<Offending> offending) {

		/**
		 * Refuses the body when any embed is not from the library, with one entry per
		 * offending element in the problem's {@code errors}.
		 */
		public void requireOnlyLibraryMedia() {
			if (this.offending.isEmpty()) {
				return;
			}
			List<FieldViolation> violations = this.offending.stream()
				.map(o -> new FieldViolation("body",
						Message.of(
								"<" + o.element() + " " + o.attribute() + "=\"" + o.value() + "\">：" + o.reason().zh(),
								"<" + o.element() + " " + o.attribute() + "=\"" + o.value() + "\">: "
										+ o.reason().en())))
				.toList();
			throw new GovsiteException(NOT_IN_LIBRARY,
					Message.of("正文中有 " + violations.size() + " 处媒体未经资源库登记（先入库、后使用）",
							violations.size() + " media element(s) in the body are not from the resource library"),
					violations);
		}

	}

	/** One embed that does not come from the library. */
	public record Offending(String element, String attribute, String value, Reason reason) {
	}

	/** Why an embed is refused. */
	public enum Reason {

		/** 外部地址 — hot-linked from another site, rights unknown. */
		EXTERNAL("引用了外部地址的媒体，请先上传并登记到资源库", "media from an external address; upload and register it first"),

		/** 内嵌数据 — bytes pasted into the body, never registered. */
		DATA_URI("内嵌的 data: 数据，请先上传并登记到资源库", "an embedded data: URI; upload and register it first"),

		/** 非资源库路径 — a path on the site that is not a library resource. */
		NOT_IN_LIBRARY("不是资源库中的资源", "not a resource of the library");

		private final String zh;

		private final String en;

		Reason(String zh, String en) {
			this.zh = zh;
			this.en = en;
		}

		public String zh() {
			return this.zh;
		}

		public String en() {
			return this.en;
		}

	}

}
