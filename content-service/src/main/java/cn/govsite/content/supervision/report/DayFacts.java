package cn.govsite.content.supervision.report;

import java.time.LocalDate;
import java.util.List;

import cn.govsite.content.supervision.inspection.ColumnStatus;
import cn.govsite.content.supervision.inspection.Evidence;
import cn.govsite.content.supervision.inspection.InspectionReport;
import cn.govsite.content.supervision.inspection.VetoRule;

/**
 * What a report needs from one daily inspection; the rest of the stored report (every
 * column, every finding) is dropped as it is read, so a year of 100 sites fits in memory.
 *
 * @param brokenLinks null when no crawl was made that day
 * @param overdueMessages messages unanswered past the national limit (3 months)
 */
public record DayFacts(LocalDate day, boolean qualified, int staleColumns, int blankColumns, Integer brokenLinks,
		int overdueMessages, List<VetoFact> vetoes) {

	public DayFacts {
		vetoes = List.copyOf(vetoes);
	}

	/**
	 * A veto item that held that day.
	 *
	 * @param evidence keys naming each piece of evidence, so the same column seen on many
	 * days counts once
	 */
	public record VetoFact(VetoRule rule, List<String> evidence) {

		public VetoFact {
			evidence = List.copyOf(evidence);
		}

	}

	public static DayFacts of(InspectionReport report) {
		List<VetoFact> vetoes = report.vetoes()
			.stream()
			.map(v -> new VetoFact(v.rule(), v.evidence().stream().map(DayFacts::key).toList()))
			.toList();
		int overdue = vetoes.stream()
			.filter(v -> v.rule() == VetoRule.MESSAGE_UNANSWERED)
			.mapToInt(v -> v.evidence().size())
			.sum();
		return new DayFacts(report.inspectedOn(), report.qualified(), (int) report.count(ColumnStatus.STALE),
				(int) report.count(ColumnStatus.BLANK),
				(report.brokenLinks() != null) ? report.brokenLinks().size() : null, overdue, vetoes);
	}

	private static String key(Evidence e) {
		return e.kind() + ":" + ((e.ref() != null) ? e.ref() : e.label());
	}

}
