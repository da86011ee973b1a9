package cn.govsite.content.bulkimport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.Message;
import cn.govsite.content.item.PolicyDocumentFields;

/**
 * Reads rows of an import into items: headers by English name or Chinese label (标题, 正文,
 * 来源, 类型, 重大敏感, 发生日期, and the typed fields 文号, 发文机关, 成文日期, 发布日期, 有效性, 主题分类, 发布机构, 有效期至…),
 * dates as {@code 2026-03-01}, {@code 2026/3/1} or {@code 2026年3月1日}, 有效性 by label. Every
 * problem of every row is collected, each named {@code rows[N].field}. Plain Java.
 */
final class ImportRows {

	static final String EXTRA_CELL = "\u0000extra";

	static final String NOT_AN_OBJECT = "\u0000value";

	private static final Map<String, String> CORE = aliases("title=标题", "body=正文|内容", "source=来源|信息来源", "type=类型|信息类型",
			"major=重大敏感|重大", "occurredOn=发生日期");

	private static final Map<String, String> FIELDS = aliases("documentNumber=文号|发文字号", "issuingAuthority=发文机关|发文单位",
			"writtenOn=成文日期", "publishedOn=发布日期", "validity=有效性|时效", "validityChangedOn=有效性变更日期", "validityNote=有效性说明",
			"topic=主题分类|主题", "issuer=发布机构", "validUntil=有效期至", "eventKind=时效类别", "documentId=解读文件");

	private static final Set<String> DATES = Set.of("occurredOn", "writtenOn", "publishedOn", "validityChangedOn",
			"validUntil");

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			strict("uuuu/M/d"), strict("uuuu-M-d"), strict("uuuu年M月d日"), strict("uuuu.M.d"));

	private ImportRows() {
	}

	/** A pattern that refuses 2 月 30 日 rather than moving it to the month's end. */
	private static DateTimeFormatter strict(String pattern) {
		return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
	}

	/** The items, or every problem found. */
	record Result(List<ImportItem> items, List<FieldViolation> problems) {

		boolean valid() {
			return this.problems.isEmpty();
		}

	}

	static Result read(List<SourceRow> rows) {
		List<ImportItem> items = new ArrayList<>();
		List<FieldViolation> problems = new ArrayList<>();
		for (SourceRow row : rows) {
			read(row, problems).ifPresent(items::add);
		}
		return new Result(items, problems);
	}

	/** The row's item, or empty with its problems added. */
	static Optional<ImportItem> read(SourceRow row, List<FieldViolation> problems) {
		String at = "rows[" + row.number() + "].";
		int before = problems.size();
		Map<String, String> core = new LinkedHashMap<>();
		Map<String, String> fields = new LinkedHashMap<>();
		LocalDate occurredOn = null;
		for (Map.Entry<String, String> cell : row.cells().entrySet()) {
			String header = (cell.getKey() == null) ? "" : cell.getKey().strip();
			String value = (cell.getValue() == null) ? "" : cell.getValue().strip();
			if (header.equals(EXTRA_CELL)) {
				if (!value.isEmpty()) {
					problems.add(new FieldViolation(at.substring(0, at.length() - 1),
							Message.of("单元格多于表头列数", "More cells than header columns")));
				}
				continue;
			}
			if (header.equals(NOT_AN_OBJECT)) {
				problems.add(new FieldViolation(at.substring(0, at.length() - 1),
						Message.of("每一项须为对象", "Each item must be an object")));
				continue;
			}
			String core1 = CORE.get(key(header));
			String field = FIELDS.get(key(header));
			if (core1 == null && field == null) {
				problems
					.add(new FieldViolation(at + header, Message.of("未知的列：" + header, "Unknown column: " + header)));
				continue;
			}
			if (value.isEmpty()) {
				continue;
			}
			String name = (core1 != null) ? core1 : field;
			String path = at + ((core1 != null) ? name : "fields." + name);
			if (DATES.contains(name)) {
				Optional<LocalDate> date = date(value);
				if (date.isEmpty()) {
					problems.add(new FieldViolation(path, Message.of("日期无法识别：" + value + "（应为 2026-03-01 或 2026年3月1日）",
							"Not a date: " + value + " (use 2026-03-01)")));
					continue;
				}
				value = date.get().toString();
				if (name.equals("occurredOn")) {
					occurredOn = date.get();
					continue;
				}
			}
			if (name.equals("validity")) {
				value = validity(value).orElse(value);
			}
			((core1 != null) ? core : fields).put(name, value);
		}
		if (blank(core.get("title"))) {
			problems.add(new FieldViolation(at + "title", Message.of("标题不能为空", "The title is required")));
		}
		else if (core.get("title").length() > 80) {
			problems
				.add(new FieldViolation(at + "title", Message.of("标题不能超过 80 字", "The title is at most 80 characters")));
		}
		if (blank(core.get("body"))) {
			problems.add(new FieldViolation(at + "body", Message.of("正文不能为空", "The body is required")));
		}
		else if (core.get("body").length() > 200_000) {
			problems.add(new FieldViolation(at + "body", Message.of("正文过长", "The body is too long")));
		}
		if (core.get("source") != null && core.get("source").length() > 100) {
			problems.add(new FieldViolation(at + "source",
					Message.of("来源不能超过 100 字", "The source is at most 100 characters")));
		}
		Boolean major = flag(core.get("major"));
		if (major == null) {
			problems.add(new FieldViolation(at + "major",
					Message.of("重大敏感须为 是/否", "major must be yes/no (是/否, true/false)")));
		}
		if (problems.size() > before) {
			return Optional.empty();
		}
		return Optional.of(new ImportItem(row.number(), core.get("title"), core.get("body"), core.get("source"),
				core.get("type"), major, occurredOn, fields));
	}

	static Optional<LocalDate> date(String text) {
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return Optional.of(LocalDate.parse(text, format));
			}
			catch (DateTimeParseException ex) {
				// next format
			}
		}
		return Optional.empty();
	}

	private static Optional<String> validity(String text) {
		for (PolicyDocumentFields.Validity validity : PolicyDocumentFields.Validity.values()) {
			if (validity.label().equals(text)) {
				return Optional.of(validity.name());
			}
		}
		return Optional.empty();
	}

	/** true/false, 是/否, yes/no, 1/0; absent is false; anything else null. */
	private static Boolean flag(String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "true", "yes", "1", "是", "y" -> true;
			case "false", "no", "0", "否", "n" -> false;
			default -> null;
		};
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String key(String header) {
		return header.toLowerCase(Locale.ROOT);
	}

	private static Map<String, String> aliases(String... lines) {
		Map<String, String> map = new LinkedHashMap<>();
		for (String line : lines) {
			String name = line.substring(0, line.indexOf('='));
			map.put(name.toLowerCase(Locale.ROOT), name);
			for (String alias : line.substring(line.indexOf('=') + 1).split("\\|")) {
				map.put(alias, name);
			}
		}
		return map;
	}

}
