package cn.govsite.content.supervision.score;

import java.util.List;

import cn.govsite.content.supervision.inspection.Evidence;
import cn.govsite.content.supervision.inspection.VetoItem;

/**
 * 考核得分 — a site's score of a month by a rubric, with every deducted point traced to its
 * evidence.
 *
 * @param total points after deductions and bonuses; 0 when vetoed
 * @param vetoed a single-veto item held this month: unqualified, other items not scored
 * @param notAssessed rubric items whose facts are not known (no deduction made)
 */
public record Score(String rubric, String month, int total, boolean passed, boolean vetoed, List<VetoItem> vetoes,
		List<IndicatorScore> indicators, List<BonusScore> bonuses, List<String> notAssessed) {

	/** An indicator's points, what its items deducted (capped), and the items. */
	public record IndicatorScore(String id, String name, int points, int deducted, List<ItemScore> items) {

	}

	/**
	 * An item's occurrences and deduction (before the indicator cap) with the evidence of
	 * each.
	 */
	public record ItemScore(String id, String name, String rule, int occurrences, int deducted,
			List<Evidence> evidence) {

	}

	/** A bonus earned, with its evidence. */
	public record BonusScore(String id, String name, int points, List<Evidence> evidence) {

	}

}
