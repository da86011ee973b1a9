package cn.govsite.content.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 写作规范 — the writing rules of government sites (seed 004): titles within 20 characters
 * and declarative (no question or exclamation mark at the end), dates written out rather
 * than 今天/昨天/明天 (blocking) or the vague 日前/近日 (warning), and no self-references such as
 * 我区/我局/我委 (use the full name of the unit).
 */
public final class WritingRuleChecker implements Checker {

	static final int MAX_TITLE = 20;

	private static final Pattern RELATIVE_DAY = Pattern.compile("[今昨明]天");

	private static final Pattern VAGUE_DAY = Pattern.compile("日前|近日(?!子)");

	/**
	 * 日前 counts only as the adverb, at the start of a sentence or clause, so 节日前 and 工作日前
	 * (before a holiday, before a working day) are not flagged. Checked in code: a
	 * look-behind with alternatives made the whole pattern many times slower.
	 */
	private static final String CLAUSE_START = " \t\n，。；：！？、,.;:!?（(“\">";

	/**
	 * 我区/我局/我委/我市/我县/我镇/我街道, but not 自我区分, 我局部, 我委托 and the like.
	 */
	private static final Pattern SELF_REFERENCE = Pattern
		.compile("(?<!自)我(?:区(?![分别域])|局(?![部限势面])|委(?![托员屈婉])|市(?!场)|县|镇|街道)");

	@Override
	public List<Finding> check(CheckedText text) {
		List<Finding> findings = new ArrayList<>();
		String title = text.title().strip();
		int length = title.codePointCount(0, title.length());
		if (length > MAX_TITLE) {
			findings.add(new Finding(CheckedText.TITLE, "writing.title-length", Severity.BLOCKING, 0,
					text.title().length(), text.title(), "标题" + length + "字，应控制在" + MAX_TITLE + "字以内",
					"The title has " + length + " characters; keep it within " + MAX_TITLE));
		}
		if (!title.isEmpty() && "？?！!".indexOf(title.charAt(title.length() - 1)) >= 0) {
			int at = text.title().lastIndexOf(title.charAt(title.length() - 1));
			findings.add(new Finding(CheckedText.TITLE, "writing.title-mood", Severity.BLOCKING, at, at + 1,
					title.substring(title.length() - 1), "标题应为陈述句，不用疑问句、感叹句",
					"Titles are declarative: no question or exclamation"));
		}
		for (String field : List.of(CheckedText.TITLE, CheckedText.BODY)) {
			String value = text.field(field);
			add(findings, field, RELATIVE_DAY.matcher(value), "writing.relative-date", Severity.BLOCKING,
					"日期应写作“xxxx年xx月xx日”，不用“今天”“昨天”“明天”",
					"Write the date (yyyy年mm月dd日) instead of today/yesterday/tomorrow");
			Matcher vague = VAGUE_DAY.matcher(value);
			while (vague.find()) {
				if (vague.group().equals("日前") && vague.start() > 0
						&& CLAUSE_START.indexOf(value.charAt(vague.start() - 1)) < 0) {
					continue;
				}
				findings.add(new Finding(field, "writing.vague-date", Severity.WARNING, vague.start(), vague.end(),
						vague.group(), "尽量减少“日前”“近日”等含糊表述，写明具体日期", "Avoid vague dates such as 日前/近日; give the date"));
			}
			add(findings, field, SELF_REFERENCE.matcher(value), "writing.self-reference", Severity.WARNING,
					"应使用单位全称或规范简称，不用“我区”“我局”等自称", "Use the unit's full name instead of a self-reference such as 我区/我局");
		}
		return findings;
	}

	private static void add(List<Finding> findings, String field, Matcher matcher, String rule, Severity severity,
			String zh, String en) {
		while (matcher.find()) {
			findings.add(new Finding(field, rule, severity, matcher.start(), matcher.end(), matcher.group(), zh, en));
		}
	}

}
