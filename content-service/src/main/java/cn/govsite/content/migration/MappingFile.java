package cn.govsite.content.migration;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;

/**
 * Reads an uploaded mapping file (YAML, of which JSON is a subset) into a
 * {@link MigrationMapping}, collecting every fault: a bad file is one 400 problem that
 * lists them all.
 */
final class MappingFile {

	static final int MAX_PAGES_LIMIT = 50_000;

	private final List<FieldViolation> faults = new ArrayList<>();

	private MappingFile() {
	}

	/** The mapping as far as it could be read, and every fault found in the file. */
	record Parsed(MigrationMapping mapping, List<FieldViolation> faults) {

		/** The mapping, or a 400 problem listing these faults and the caller's. */
		MigrationMapping orThrow(List<FieldViolation> more) {
			List<FieldViolation> all = new ArrayList<>(this.faults);
			all.addAll(more);
			if (!all.isEmpty()) {
				throw new GovsiteException(ProblemType.VALIDATION,
						Message.of("映射文件有 " + all.size() + " 处错误", "The mapping file has " + all.size() + " fault(s)"),
						List.copyOf(all));
			}
			return this.mapping;
		}

	}

	static MigrationMapping parse(String text) {
		return check(text).orThrow(List.of());
	}

	/**
	 * Reads the file; syntax errors are a problem at once, other faults are collected.
	 */
	static Parsed check(String text) {
		return new MappingFile().read(text);
	}

	private Parsed read(String text) {
		Object root;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setMaxAliasesForCollections(10);
			options.setCodePointLimit(1_000_000);
			root = new Yaml(new SafeConstructor(options)).load(text);
		}
		catch (YAMLException ex) {
			throw new GovsiteException(ProblemType.VALIDATION,
					Message.of("映射文件无法解析", "The mapping file cannot be read"),
					List.of(new FieldViolation("mapping", Message.of("不是有效的 YAML/JSON：" + firstLine(ex.getMessage()),
							"Not valid YAML/JSON: " + firstLine(ex.getMessage())))));
		}
		if (!(root instanceof Map<?, ?> map)) {
			throw fail("mapping", "映射文件须为一个对象（键值对）", "The mapping file must be one object (key: value)");
		}
		URI base = baseUrl(map.get("baseUrl"));
		List<String> starts = strings(map.get("startUrls"), "startUrls");
		if (starts.isEmpty()) {
			starts = List.of("/");
		}
		for (int i = 0; i < starts.size(); i++) {
			sameHost(base, starts.get(i), "startUrls[" + i + "]");
		}
		MigrationMapping.PageSelectors page = page(map.get("page"));
		List<MigrationMapping.Section> sections = sections(base, map.get("sections"));
		String archive = text(map.get("archiveColumn"), "archiveColumn", 30);
		if (archive == null) {
			archive = MigrationMapping.DEFAULT_ARCHIVE_COLUMN;
		}
		int maxPages = MigrationMapping.DEFAULT_MAX_PAGES;
		Object max = map.get("maxPages");
		if (max != null) {
			if (max instanceof Integer number && number > 0 && number <= MAX_PAGES_LIMIT) {
				maxPages = number;
			}
			else {
				fault("maxPages", "maxPages 须为 1 到 " + MAX_PAGES_LIMIT + " 的整数",
						"maxPages must be a whole number from 1 to " + MAX_PAGES_LIMIT);
			}
		}
		return new Parsed(new MigrationMapping(base, starts, page, sections, archive, maxPages),
				List.copyOf(this.faults));
	}

	private URI baseUrl(Object value) {
		if (!(value instanceof String text) || text.isBlank()) {
			fault("baseUrl", "须填写旧网站地址 baseUrl（http 或 https）", "baseUrl (http or https) is required");
			return null;
		}
		try {
			URI uri = new URI(text.strip());
			if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
				fault("baseUrl", "baseUrl 须为 http 或 https 的完整地址", "baseUrl must be an absolute http(s) address");
				return null;
			}
			return uri.getPath().isEmpty() ? uri.resolve("/") : uri;
		}
		catch (URISyntaxException ex) {
			fault("baseUrl", "baseUrl 不是有效地址", "baseUrl is not a valid address");
			return null;
		}
	}

	private void sameHost(URI base, String url, String field) {
		if (base == null) {
			return;
		}
		try {
			URI resolved = base.resolve(url.strip());
			if (!base.getHost().equalsIgnoreCase(String.valueOf(resolved.getHost()))) {
				fault(field, "只能抓取旧网站本站地址：" + url, "Only addresses on the old site's host can be crawled: " + url);
			}
		}
		catch (IllegalArgumentException ex) {
			fault(field, "不是有效地址：" + url, "Not a valid address: " + url);
		}
	}

	private MigrationMapping.PageSelectors page(Object value) {
		if (!(value instanceof Map<?, ?> page)) {
			fault("page", "须填写信息页的选择器 page（title、body 必填）",
					"page (selectors of an item page; title and body) is required");
			return null;
		}
		String title = selector(page.get("title"), "page.title", true);
		String date = selector(page.get("date"), "page.date", false);
		String source = selector(page.get("source"), "page.source", false);
		String body = selector(page.get("body"), "page.body", true);
		return new MigrationMapping.PageSelectors(title, date, source, body);
	}

	private List<MigrationMapping.Section> sections(URI base, Object value) {
		if (!(value instanceof List<?> list) || list.isEmpty()) {
			fault("sections", "须至少映射一个栏目 sections", "sections must map at least one section");
			return List.of();
		}
		List<MigrationMapping.Section> sections = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < list.size(); i++) {
			String at = "sections[" + i + "]";
			if (!(list.get(i) instanceof Map<?, ?> section)) {
				fault(at, "须为一个对象", "must be an object");
				continue;
			}
			String name = text(section.get("name"), at + ".name", 100);
			if (name == null) {
				fault(at + ".name", "须填写栏目名称 name", "name is required");
			}
			else if (!names.add(name)) {
				fault(at + ".name", "名称重复：" + name, "Duplicate name: " + name);
			}
			long column = 0;
			if (section.get("column") instanceof Number number && number.longValue() > 0) {
				column = number.longValue();
			}
			else {
				fault(at + ".column", "须填写新栏目的编号 column", "column (the new column's id) is required");
			}
			List<String> prefixes = strings(section.get("prefixes"), at + ".prefixes");
			for (int p = 0; p < prefixes.size(); p++) {
				if (!prefixes.get(p).startsWith("/")) {
					fault(at + ".prefixes[" + p + "]", "路径前缀须以 / 开头", "A path prefix starts with /");
				}
			}
			List<String> lists = strings(section.get("lists"), at + ".lists");
			for (int l = 0; l < lists.size(); l++) {
				sameHost(base, lists.get(l), at + ".lists[" + l + "]");
			}
			if (prefixes.isEmpty() && lists.isEmpty()) {
				fault(at, "须给出路径前缀 prefixes 或列表页 lists", "Give path prefixes or list pages");
			}
			String itemLinks = selector(section.get("itemLinks"), at + ".itemLinks", !lists.isEmpty());
			String nextPage = selector(section.get("nextPage"), at + ".nextPage", false);
			sections.add(new MigrationMapping.Section(name, column, prefixes, lists, itemLinks, nextPage));
		}
		return sections;
	}

	private String selector(Object value, String field, boolean required) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			if (required) {
				fault(field, "须填写 CSS 选择器", "A CSS selector is required");
			}
			return null;
		}
		if (!(value instanceof String text)) {
			fault(field, "CSS 选择器须为文本", "A CSS selector is text");
			return null;
		}
		try {
			QueryParser.parse(text);
			return text.strip();
		}
		catch (Selector.SelectorParseException | IllegalArgumentException ex) {
			fault(field, "CSS 选择器无效：" + text, "Invalid CSS selector: " + text);
			return null;
		}
	}

	private String text(Object value, String field, int max) {
		if (value == null) {
			return null;
		}
		String text = String.valueOf(value).strip();
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() > max) {
			fault(field, "不能超过 " + max + " 个字", "At most " + max + " characters");
		}
		return text;
	}

	private List<String> strings(Object value, String field) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof String one) {
			return List.of(one.strip());
		}
		if (!(value instanceof List<?> list)) {
			fault(field, "须为文本列表", "must be a list of text");
			return List.of();
		}
		List<String> texts = new ArrayList<>();
		for (Object item : list) {
			if (item instanceof String text && !text.isBlank()) {
				texts.add(text.strip());
			}
			else {
				fault(field, "须为文本列表", "must be a list of text");
			}
		}
		return texts;
	}

	private void fault(String field, String zh, String en) {
		this.faults.add(new FieldViolation(field, Message.of(zh, en)));
	}

	private static GovsiteException fail(String field, String zh, String en) {
		return new GovsiteException(ProblemType.VALIDATION, Message.of("映射文件无效", "The mapping file is invalid"),
				List.of(new FieldViolation(field, Message.of(zh, en))));
	}

	private static String firstLine(String message) {
		String text = String.valueOf(message);
		int end = text.indexOf('\n');
		return (end < 0) ? text : text.substring(0, end);
	}

}
