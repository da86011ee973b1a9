package cn.govsite.content.supervision.score;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.govsite.content.supervision.inspection.Evidence;
import cn.govsite.content.supervision.inspection.VetoItem;

/**
 * The facts a month's score is computed from: each occurrence per rubric item with its
 * evidence, the items that could not be assessed, bonus facts, and any veto items of the
 * month.
 *
 * @param occurrences evidence per rubric item id (an absent id means none found)
 * @param notAssessed item ids whose facts are unknown (no deduction, listed in the score)
 * @param bonusFacts bonus facts that hold (e.g. {@code ADOPTED_CITY}) with evidence
 */
public record ScoreFacts(Map<String, List<Evidence>> occurrences, Set<String> notAssessed,
		Map<String, List<Evidence>> bonusFacts, List<VetoItem> vetoes) {

	public ScoreFacts {
		occurrences = Map.copyOf(occurrences);
		notAssessed = Set.copyOf(notAssessed);
		bonusFacts = Map.copyOf(bonusFacts);
		vetoes = List.copyOf(vetoes);
	}

}
