package cn.govsite.content.template;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;

import cn.govsite.common.error.Message;

/**
 * Decides whether a template source may be saved or rendered. The sandboxed configuration
 * already makes {@code ?new} and {@code ?api} fail and hides every Java member; this
 * refuses up front, with a reason the site admin can act on, whatever would only fail (or
 * be dangerous) at render time: the disabled built-ins (also {@code ?eval} and
 * {@code ?interpret}, which FreeMarker cannot switch off), includes of anything but the
 * template set's own files, settings and headers that turn escaping off, and the
 * well-known class names of SSTI payloads. It checks the source as written and the
 * parser's canonical form, so spacing or comments cannot hide a built-in.
 */
public final class TemplateGuard {

	/** Sources larger than this are refused; templates are markup, not data. */
	public static final int MAX_CHARS = 200_000;

	private static final Pattern FORBIDDEN_BUILTIN = Pattern
		.compile("\\?\\s*(new|api|has_api|hasApi|eval|eval_json|evalJson|interpret)\\b");

	private static final Pattern FORBIDDEN_NAME = Pattern.compile(
			"freemarker\\.(template|ext|core)|ObjectConstructor|JythonRuntime|\\bExecute\\b|java\\.(lang|io|nio|net)\\."
					+ "|getClass\\s*\\(|class[lL]oader|\\.get_optional_template|\\.getOptionalTemplate|\\bprotectionDomain\\b");

	private static final Pattern INCLUDE = Pattern
		.compile("<#\\s*(include|import)\\b\\s*(\"[^\"]*\"|'[^']*'|[^>\\s/]*)");

	private static final Pattern SETTING = Pattern.compile("<#\\s*setting\\s+([A-Za-z_]+)");

	private static final Set<String> ALLOWED_SETTINGS = Set.of("locale", "number_format", "numberFormat",
			"boolean_format", "booleanFormat", "date_format", "dateFormat", "time_format", "timeFormat",
			"datetime_format", "datetimeFormat");

	private static final Pattern ESCAPING_OFF = Pattern
		.compile("<#\\s*(ftl|noautoesc|outputformat|noAutoEsc|outputFormat)\\b|\\[#\\s*ftl\\b");

	private TemplateGuard() {
	}

	/** Every reason to refuse the source; empty when it may be used. */
	public static List<Message> problems(TemplateName name, String source) {
		List<Message> problems = new ArrayList<>();
		if (source == null || source.isBlank()) {
			problems.add(Message.of("模板内容不能为空", "The template is empty"));
			return problems;
		}
		if (source.length() > MAX_CHARS) {
			problems.add(Message.of("模板过长（最多 " + MAX_CHARS + " 个字符）",
					"The template is too long (at most " + MAX_CHARS + " characters)"));
			return problems;
		}
		scan(source, problems);
		if (!problems.isEmpty()) {
			return problems;
		}
		try {
			Template parsed = parse(name, source);
			// The canonical form prints every built-in as ?name, however it was written.
			scan(parsed.toString(), problems);
		}
		catch (ParseException ex) {
			problems.add(Message.of(
					"模板语法错误（第 " + ex.getLineNumber() + " 行第 " + ex.getColumnNumber() + " 列）：" + ex.getEditorMessage(),
					"Template syntax error at line " + ex.getLineNumber() + ", column " + ex.getColumnNumber() + ": "
							+ ex.getEditorMessage()));
		}
		catch (IOException ex) {
			problems.add(Message.of("模板无法解析", "The template cannot be parsed"));
		}
		return problems;
	}

	private static void scan(String source, List<Message> problems) {
		Matcher builtin = FORBIDDEN_BUILTIN.matcher(source);
		while (builtin.find()) {
			String what = "?" + builtin.group(1);
			problems.add(Message.of("模板使用了被禁用的内建函数 " + what + "（第 " + line(source, builtin.start()) + " 行）",
					"The template uses the disabled built-in " + what + " (line " + line(source, builtin.start())
							+ ")"));
		}
		Matcher name = FORBIDDEN_NAME.matcher(source);
		while (name.find()) {
			problems.add(Message.of("模板不得访问 Java 类或对象：" + name.group() + "（第 " + line(source, name.start()) + " 行）",
					"Templates may not reach Java classes or objects: " + name.group() + " (line "
							+ line(source, name.start()) + ")"));
		}
		Matcher include = INCLUDE.matcher(source);
		while (include.find()) {
			String target = include.group(2);
			boolean quoted = target.length() > 1 && (target.startsWith("\"") && target.endsWith("\"")
					|| target.startsWith("'") && target.endsWith("'"));
			String file = quoted ? target.substring(1, target.length() - 1) : null;
			if (file == null || TemplateName.ofFile(file).isEmpty()) {
				problems.add(Message.of(
						"模板只能引入本模板集的文件（如 \"_layout.ftlh\"），不能引入：" + target + "（第 " + line(source, include.start())
								+ " 行）",
						"Templates may only include files of the template set (like \"_layout.ftlh\"), not: " + target
								+ " (line " + line(source, include.start()) + ")"));
			}
		}
		Matcher setting = SETTING.matcher(source);
		while (setting.find()) {
			if (!ALLOWED_SETTINGS.contains(setting.group(1))) {
				problems.add(Message.of("模板不得修改设置 " + setting.group(1),
						"Templates may not change the setting " + setting.group(1)));
			}
		}
		Matcher escaping = ESCAPING_OFF.matcher(source);
		while (escaping.find()) {
			problems.add(Message.of("模板不得改变输出格式或关闭自动转义：" + escaping.group(),
					"Templates may not change the output format or turn auto-escaping off: " + escaping.group()));
		}
	}

	private static Template parse(TemplateName name, String source) throws IOException {
		Configuration config = SandboxedTemplates.configuration(new StringTemplateLoader());
		return new Template(name.file(), source, config);
	}

	private static int line(String source, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (source.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}
