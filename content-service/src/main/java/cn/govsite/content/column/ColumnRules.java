package cn.govsite.content.column;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.Message;

/**
 * The rules a column's own fields obey, whoever states them (API or plan); each broken
 * rule is a violation at {@code prefix + field} so a plan can say where.
 */
public final class ColumnRules {

	/** Codes appear in page URLs: lower-case letters, digits and hyphens. */
	public static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{0,59}$");

	public static final int MAX_DEPTH = 8;

	private ColumnRules() {
	}

	public static List<FieldViolation> check(ColumnSpec spec, String prefix) {
		List<FieldViolation> problems = new ArrayList<>();
		if (spec.name() == null || spec.name().isBlank() || spec.name().strip().length() > 30) {
			problems.add(new FieldViolation(prefix + "name",
					Message.of("栏目名称不能为空且不超过 30 个字", "The name is required and at most 30 characters")));
		}
		if (spec.code() != null && !CODE.matcher(spec.code()).matches()) {
			problems.add(new FieldViolation(prefix + "code", Message.of("栏目代码只能由小写字母、数字和连字符组成（最多 60 个）",
					"The code is lower-case letters, digits and hyphens (at most 60)")));
		}
		tooLong(problems, prefix + "content", spec.content(), 500);
		tooLong(problems, prefix + "responsibleUnit", spec.responsibleUnit(), 200);
		tooLong(problems, prefix + "methodText", spec.methodText(), 100);
		if (spec.linkUrl() != null) {
			if (spec.method() != GuaranteeMethod.JUMP_LINK) {
				problems.add(new FieldViolation(prefix + "linkUrl",
						Message.of("只有跳转链接栏目可以设置链接地址", "Only a jump-link column has a link URL")));
			}
			else if (!webAddress(spec.linkUrl())) {
				problems.add(new FieldViolation(prefix + "linkUrl",
						Message.of("链接地址须为 http 或 https 网址", "The link URL must be an http or https address")));
			}
		}
		return problems;
	}

	/** The cycle stated by kind and count, or else by the table's wording. */
	public static Optional<UpdateCycle> cycle(String kind, Integer count, String text, String field,
			List<FieldViolation> problems) {
		if (kind != null) {
			try {
				return Optional.of(new UpdateCycle(CycleKind.valueOf(kind.strip()), (count != null) ? count : 0, text));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldViolation(field, Message.of("无法识别的更新周期：" + kind + "（需要时请给出次数）",
						"Unknown update cycle " + kind + " (give a count where it needs one)")));
				return Optional.empty();
			}
		}
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		Optional<UpdateCycle> parsed = UpdateCycle.parse(text);
		if (parsed.isEmpty()) {
			problems.add(new FieldViolation(field,
					Message.of("无法识别的更新周期：" + text, "Cannot read the update cycle: " + text)));
		}
		return parsed;
	}

	/** A method by code or label; a violation when stated but unknown. */
	public static GuaranteeMethod method(String text, GuaranteeMethod fallback, String field,
			List<FieldViolation> problems) {
		return known(GuaranteeMethod.parse(text), text, fallback, field,
				Message.of("无法识别的保障方式：" + text, "Unknown guarantee method: " + text), problems);
	}

	/** A category by code or label; a violation when stated but unknown. */
	public static InspectionCategory category(String text, InspectionCategory fallback, String field,
			List<FieldViolation> problems) {
		return known(InspectionCategory.parse(text), text, fallback, field,
				Message.of("无法识别的检查类别：" + text, "Unknown inspection category: " + text), problems);
	}

	private static <T> T known(Optional<T> parsed, String text, T fallback, String field, Message unknown,
			List<FieldViolation> problems) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		if (parsed.isEmpty()) {
			problems.add(new FieldViolation(field, unknown));
		}
		return parsed.orElse(fallback);
	}

	private static void tooLong(List<FieldViolation> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems
				.add(new FieldViolation(field, Message.of("不能超过 " + max + " 个字", "At most " + max + " characters")));
		}
	}

	private static boolean webAddress(String url) {
		try {
			URI uri = new URI(url);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
