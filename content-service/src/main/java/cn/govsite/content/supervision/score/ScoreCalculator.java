package cn.govsite.content.supervision.score;

import java.util.ArrayList;
import java.util.List;

import cn.govsite.content.supervision.inspection.Evidence;
import cn.govsite.content.supervision.score.Score.BonusScore;
import cn.govsite.content.supervision.score.Score.IndicatorScore;
import cn.govsite.content.supervision.score.Score.ItemScore;

/**
 * Scores a month by a {@link Rubric}: a veto makes the site unqualified without scoring
 * the rest; otherwise each item deducts per occurrence up to its cap, an indicator never
 * loses more than its points, and bonuses add on top. Plain logic.
 */
public final class ScoreCalculator {

	private final Rubric rubric;

	public ScoreCalculator(Rubric rubric) {
		this.rubric = rubric;
	}

	public Score score(String month, ScoreFacts facts) {
		List<String> notAssessed = this.rubric.indicators()
			.stream()
			.flatMap(i -> i.items().stream())
			.map(Rubric.Item::id)
			.filter(facts.notAssessed()::contains)
			.toList();
		if (!facts.vetoes().isEmpty()) {
			return new Score(this.rubric.id(), month, 0, false, true, facts.vetoes(), List.of(), List.of(),
					notAssessed);
		}
		int total = 0;
		List<IndicatorScore> indicators = new ArrayList<>();
		for (Rubric.Indicator indicator : this.rubric.indicators()) {
			List<ItemScore> items = new ArrayList<>();
			int deducted = 0;
			for (Rubric.Item item : indicator.items()) {
				List<Evidence> evidence = facts.occurrences().getOrDefault(item.id(), List.of());
				int cap = (item.cap() != null) ? item.cap() : indicator.points();
				int off = item.deductAll() ? (evidence.isEmpty() ? 0 : indicator.points())
						: Math.min(cap, evidence.size() * item.deduction());
				items.add(new ItemScore(item.id(), item.name(), item.rule(), evidence.size(), off, evidence));
				deducted += off;
			}
			deducted = Math.min(deducted, indicator.points());
			indicators.add(new IndicatorScore(indicator.id(), indicator.name(), indicator.points(), deducted, items));
			total += indicator.points() - deducted;
		}
		List<BonusScore> bonuses = new ArrayList<>();
		for (Rubric.Bonus bonus : this.rubric.bonuses()) {
			List<Evidence> evidence = facts.bonusFacts().get(bonus.fact());
			if (evidence != null) {
				bonuses.add(new BonusScore(bonus.id(), bonus.name(), bonus.points(), evidence));
				total += bonus.points();
			}
		}
		return new Score(this.rubric.id(), month, total, total >= this.rubric.passMark(), false, List.of(), indicators,
				bonuses, notAssessed);
	}

}
