package cn.govsite.content.check;

import java.util.Comparator;
import java.util.List;

/**
 * 质检 — runs every pre-publish checker over a title and body and orders the findings by
 * field and position. Leader names and titles (against the site's leader profiles) and
 * images from the resource library are later checkers behind the same interface.
 */
public final class ContentChecks {

	private final List<Checker> checkers;

	public ContentChecks(List<Checker> checkers) {
		this.checkers = List.copyOf(checkers);
	}

	/**
	 * The platform's checkers with the shipped dictionaries and the given link policy.
	 */
	public static ContentChecks standard(LinkPolicy links) {
		return new ContentChecks(List.of(SensitiveWordChecker.platform(), TypoChecker.shipped(),
				new PersonalDataChecker(), new WritingRuleChecker(), new LinkChecker(links)));
	}

	/** These checks and one more (a site's own, such as its leaders). */
	public ContentChecks with(Checker extra) {
		List<Checker> all = new java.util.ArrayList<>(this.checkers);
		all.add(extra);
		return new ContentChecks(all);
	}

	public Report check(CheckedText text) {
		List<Finding> findings = this.checkers.stream()
			.flatMap(checker -> checker.check(text).stream())
			.sorted(Comparator.comparing(Finding::field, Comparator.reverseOrder())
				.thenComparingInt(Finding::start)
				.thenComparing(Finding::ruleId))
			.toList();
		return new Report(findings);
	}

	/** All findings of one run. */
	public record Report(List<Finding> findings) {

		public boolean blocked() {
			return this.findings.stream().anyMatch(Finding::blocking);
		}

		public long count(Severity severity) {
			return this.findings.stream().filter(f -> f.severity() == severity).count();
		}

		public List<Finding> blocking() {
			return this.findings.stream().filter(Finding::blocking).toList();
		}

	}

}
