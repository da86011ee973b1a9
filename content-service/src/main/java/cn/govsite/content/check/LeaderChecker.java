package cn.govsite.content.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 领导姓名职务 — a leader's name written next to a title they do not hold ("副区长张三" when 张三 is
 * 区长), or a former leader named with a title, is a serious wording error (严重表述错误, a
 * single-veto item): blocking for a current leader, a warning for a former one, whose
 * mention may be historical. Recognised titles are those the site's profiles hold, their
 * deputy/head variants (副区长 ↔ 区长, the most frequent mix-up) and common government titles,
 * matched longest first so "副区长" is never read as "区长". A title is looked for right
 * before the name ("区长张三") and right after it ("张三区长").
 */
public final class LeaderChecker implements Checker {

	private final List<Leader> leaders;

	/** Every known title, longest first. */
	private final List<String> titles;

	/** Titles of government leaders that may appear without any profile holding them. */
	private static final List<String> COMMON_TITLES = List.of("书记", "副书记", "区长", "副区长", "市长", "副市长", "县长", "副县长", "镇长",
			"副镇长", "乡长", "副乡长", "局长", "副局长", "主任", "副主任", "部长", "副部长", "主席", "副主席", "秘书长", "副秘书长", "常务副区长", "常务副市长",
			"常务副县长");

	public LeaderChecker(List<Leader> leaders) {
		this.leaders = List.copyOf(leaders);
		this.titles = java.util.stream.Stream
			.concat(leaders.stream().flatMap(l -> l.titles().stream()).flatMap(LeaderChecker::variants),
					COMMON_TITLES.stream())
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
	}

	@Override
	public List<Finding> check(CheckedText text) {
		List<Finding> findings = new ArrayList<>();
		for (String field : List.of(CheckedText.TITLE, CheckedText.BODY)) {
			String content = text.field(field);
			for (Leader leader : this.leaders) {
				if (leader.name().length() < 2) {
					continue;
				}
				for (int at = content.indexOf(leader.name()); at >= 0; at = content.indexOf(leader.name(), at + 1)) {
					int end = at + leader.name().length();
					Optional<String> before = titleEndingAt(content, at);
					Optional<String> after = titleStartingAt(content, end);
					if (before.isPresent()) {
						report(findings, field, leader, before.get(), at - before.get().length(), end, content);
					}
					else if (after.isPresent()) {
						report(findings, field, leader, after.get(), at, end + after.get().length(), content);
					}
				}
			}
		}
		return findings;
	}

	private void report(List<Finding> findings, String field, Leader leader, String title, int start, int end,
			String content) {
		String matched = content.substring(start, end);
		if (!leader.current()) {
			findings.add(new Finding(field, "leader.former", Severity.WARNING, start, end, matched,
					leader.name() + "已不在本站点领导信息中（原职务：" + String.join("、", leader.titles()) + "），请核实“" + title + "”的表述",
					leader.name() + " is no longer among the site's leaders (was " + String.join(", ", leader.titles())
							+ "); check the title " + title));
			return;
		}
		// 常务 ranks a deputy among equals: 常务副区长 is a 副区长.
		String held = title.startsWith("常务") ? title.substring(2) : title;
		if (!leader.titles().contains(title) && !leader.titles().contains(held)) {
			findings.add(new Finding(field, "leader.title", Severity.BLOCKING, start, end, matched,
					"领导职务错误：" + leader.name() + "的职务为" + String.join("、", leader.titles()) + "，文中写作“" + title + "”",
					"Wrong title: " + leader.name() + " is " + String.join(", ", leader.titles()) + ", not " + title));
		}
	}

	/** A title and its deputy or head counterpart. */
	private static java.util.stream.Stream<String> variants(String title) {
		return title.startsWith("副") ? java.util.stream.Stream.of(title, title.substring(1))
				: java.util.stream.Stream.of(title, "副" + title);
	}

	private Optional<String> titleEndingAt(String content, int end) {
		return this.titles.stream()
			.filter(t -> end >= t.length() && content.startsWith(t, end - t.length()))
			.findFirst();
	}

	private Optional<String> titleStartingAt(String content, int start) {
		return this.titles.stream().filter(t -> content.startsWith(t, start)).findFirst();
	}

}
