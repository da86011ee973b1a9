package cn.govsite.content.column.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.Message;
import cn.govsite.content.column.ColumnRules;
import cn.govsite.content.column.ColumnSpec;
import cn.govsite.content.column.GuaranteeMethod;
import cn.govsite.content.column.InspectionCategory;
import cn.govsite.content.column.UpdateCycle;

/**
 * Reads a plan file and reports every problem at its path
 * ({@code columns[3].children[1].cycle}) instead of stopping at the first one. Children
 * inherit their parent's category when they state none.
 */
public final class PlanReader {

	public static final String FORMAT = "govsite-column-plan";

	public static final int VERSION = 1;

	private static final Pattern PLAN_NAME = Pattern.compile("^[a-z0-9][a-z0-9-]{0,59}$");

	private static final Set<String> PLAN_FIELDS = Set.of("format", "version", "name", "title", "source", "notes",
			"columns");

	private static final Set<String> COLUMN_FIELDS = Set.of("name", "code", "content", "unit", "method", "methodText",
			"cycle", "cycleKind", "cycleCount", "category", "url", "children", "note");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<FieldViolation> problems = new ArrayList<>();

	private final Set<String> codes = new HashSet<>();

	private PlanReader() {
	}

	/** The plan in the bytes, or the problems that keep it from being one. */
	public static Result read(byte[] bytes) {
		PlanReader reader = new PlanReader();
		JsonNode root;
		try {
			root = JSON.readTree(bytes);
		}
		catch (JacksonException ex) {
			reader.problem("", "文件不是有效的 JSON", "The file is not valid JSON");
			return new Result(null, reader.problems);
		}
		ColumnPlan plan = reader.plan(root);
		return new Result(reader.problems.isEmpty() ? plan : null, List.copyOf(reader.problems));
	}

	private ColumnPlan plan(JsonNode root) {
		if (root == null || !root.isObject()) {
			problem("", "方案须为 JSON 对象", "A plan is a JSON object");
			return null;
		}
		unknownFields(root, PLAN_FIELDS, "");
		if (!FORMAT.equals(text(root, "", "format"))) {
			problem("format", "format 须为 " + FORMAT, "format must be " + FORMAT);
		}
		if (!root.path("version").canConvertToInt() || root.path("version").intValue() != VERSION) {
			problem("version", "只支持版本 " + VERSION, "Only version " + VERSION + " is supported");
		}
		String name = text(root, "", "name");
		if (name == null || !PLAN_NAME.matcher(name).matches()) {
			problem("name", "方案名须为小写字母、数字和连字符", "The plan name is lower-case letters, digits and hyphens");
		}
		JsonNode columns = root.path("columns");
		if (!columns.isArray() || columns.isEmpty()) {
			problem("columns", "方案至少要有一个栏目", "A plan needs at least one column");
			return null;
		}
		List<PlanColumn> top = columns(columns, "columns", null, 1);
		return new ColumnPlan(name, VERSION, text(root, "", "title"), text(root, "", "source"), top);
	}

	private List<PlanColumn> columns(JsonNode array, String path, InspectionCategory inherited, int level) {
		List<PlanColumn> result = new ArrayList<>();
		Set<String> siblings = new HashSet<>();
		for (int i = 0; i < array.size(); i++) {
			String at = path + "[" + i + "]";
			JsonNode node = array.get(i);
			if (!node.isObject()) {
				problem(at, "栏目须为 JSON 对象", "A column is a JSON object");
				continue;
			}
			PlanColumn column = column(node, at, inherited, level, i);
			if (column.spec().name() != null && !siblings.add(column.spec().name().strip())) {
				problem(at + ".name", "同一上级下栏目重名：" + column.spec().name(),
						"Two sibling columns are named " + column.spec().name());
			}
			result.add(column);
		}
		return result;
	}

	private PlanColumn column(JsonNode node, String at, InspectionCategory inherited, int level, int index) {
		String prefix = at + ".";
		unknownFields(node, COLUMN_FIELDS, prefix);
		GuaranteeMethod method = ColumnRules.method(text(node, prefix, "method"), null, prefix + "method",
				this.problems);
		Integer count = node.path("cycleCount").canConvertToInt() ? node.path("cycleCount").intValue() : null;
		UpdateCycle cycle = ColumnRules
			.cycle(text(node, prefix, "cycleKind"), count, text(node, prefix, "cycle"), prefix + "cycle", this.problems)
			.orElse(null);
		InspectionCategory category = ColumnRules.category(text(node, prefix, "category"), inherited,
				prefix + "category", this.problems);
		String code = text(node, prefix, "code");
		if (code != null && !this.codes.add(code)) {
			problem(prefix + "code", "方案中栏目代码重复：" + code, "The code " + code + " appears twice in the plan");
		}
		ColumnSpec spec = new ColumnSpec(text(node, prefix, "name"), code, text(node, prefix, "content"),
				text(node, prefix, "unit"), method, text(node, prefix, "methodText"), cycle, category,
				text(node, prefix, "url"), index);
		this.problems.addAll(ColumnRules.check(spec, prefix));
		if (level > ColumnRules.MAX_DEPTH) {
			problem(at, "栏目层级不能超过 " + ColumnRules.MAX_DEPTH + " 级",
					"Columns nest at most " + ColumnRules.MAX_DEPTH + " levels deep");
		}
		List<PlanColumn> children = List.of();
		JsonNode kids = node.path("children");
		if (!kids.isMissingNode() && !kids.isNull()) {
			if (kids.isArray()) {
				children = columns(kids, prefix + "children", category, level + 1);
			}
			else {
				problem(prefix + "children", "children 须为数组", "children must be an array");
			}
		}
		return new PlanColumn(at, spec, children);
	}

	private void unknownFields(JsonNode node, Set<String> known, String prefix) {
		for (String field : node.propertyNames()) {
			if (!known.contains(field)) {
				problem(prefix + field, "未知字段：" + field, "Unknown field: " + field);
			}
		}
	}

	private String text(JsonNode node, String prefix, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			problem(prefix + field, field + " 须为文本", field + " must be text");
			return null;
		}
		return value.stringValue().isBlank() ? null : value.stringValue().strip();
	}

	private void problem(String path, String zh, String en) {
		this.problems.add(new FieldViolation(path, Message.of(zh, en)));
	}

	/** A plan, or the problems of the file (then {@code plan} is null). */
	public record Result(ColumnPlan plan, List<FieldViolation> problems) {

		public boolean valid() {
			return this.plan != null;
		}

	}

}
