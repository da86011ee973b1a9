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
		List<Embed> embeds = new ArrayList<>();
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
						embeds.add(new Embed(name, attribute, value, Long.parseLong(value)));
					}
					else if (sources != null && sources.contains(attribute) && !value.isEmpty()) {
						for (String candidate : attribute.equals("srcset") ? srcset(value) : List.of(value)) {
							classify(name, attribute, candidate, ids, embeds, offending);
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
		return new Scan(ids, embeds, offending);
	}

	private static void classify(String element, String attribute, String value, SortedSet<Long> ids,
			List<Embed> embeds, List<Offending> offending) {
		Matcher library = LIBRARY_PATH.matcher(value);
		if (library.matches()) {
			long id = Long.parseLong(library.group(1));
			ids.add(id);
			embeds.add(new Embed(element, attribute, abbreviate(value), id));
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

	/**
	 * What the body embeds: library ids, each embed naming one (in document order), and
	 * every element that points elsewhere.
	 */
	public record Scan(SortedSet<Long> assetIds, List<Embed> embeds, List<Offending> offending) {

		/**
		 * Refuses the body when any embed is not from the library, with one entry per
		 * offending element in the problem's {@code errors}.
		 */
		public void requireOnlyLibraryMedia() {
			if (!this.offending.isEmpty()) {
				throw refusal(this.offending.stream().map(Offending::violation).toList());
			}
		}

	}

	/**
	 * The {@code media-not-in-library} problem listing each offending element or
	 * reference.
	 */
	public static GovsiteException refusal(List<FieldViolation> violations) {
		return new GovsiteException(NOT_IN_LIBRARY,
				Message.of("正文或附件中有 " + violations.size() + " 处媒体未经资源库登记或本站不能使用（先入库、后使用）",
						violations.size()
								+ " media reference(s) are not from the resource library or not usable by this site"),
				violations);
	}

	/** An embed that names a library resource. */
	public record Embed(String element, String attribute, String value, long assetId) {

	}

	/**
	 * One embed that does not come from the library, or names one the site may not use.
	 */
	public record Offending(String element, String attribute, String value, Reason reason) {

		/** The entry of the problem's {@code errors}: the element as written, and why. */
		public FieldViolation violation() {
			String tag = "<" + this.element + " " + this.attribute + "=\"" + this.value + "\">";
			return new FieldViolation("body", Message.of(tag + "：" + this.reason.zh(), tag + ": " + this.reason.en()));
		}

	}

	/** Why an embed is refused. */
	public enum Reason {

		/** 外部地址 — hot-linked from another site, rights unknown. */
		EXTERNAL("引用了外部地址的媒体，请先上传并登记到资源库", "media from an external address; upload and register it first"),

		/** 内嵌数据 — bytes pasted into the body, never registered. */
		DATA_URI("内嵌的 data: 数据，请先上传并登记到资源库", "an embedded data: URI; upload and register it first"),

		/** 非资源库路径 — a path on the site that is not a library resource. */
		NOT_IN_LIBRARY("不是资源库中的资源", "not a resource of the library"),

		/** 不存在或未共享 — no such resource, or another site's not shared with this one. */
		NOT_FOUND("资源库中没有此资源，或未共享给本站", "no such resource in the library, or not shared with this site"),

		/** 未登记或已退役 — this site's own resource, not (or no longer) registered. */
		NOT_REGISTERED("资源尚未登记或已退役", "the resource is not registered (or is retired)"),

		/** 授权已到期 — the licence no longer allows use. */
		RIGHTS_EXPIRED("资源的使用授权已到期", "the resource's licence has expired");

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
