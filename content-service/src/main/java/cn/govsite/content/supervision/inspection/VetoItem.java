package cn.govsite.content.supervision.inspection;

import java.util.List;

/** One single-veto condition that holds, with the evidence it rests on. */
public record VetoItem(VetoRule rule, String zh, String en, List<Evidence> evidence) {

	public VetoItem {
		evidence = List.copyOf(evidence);
	}

	static VetoItem of(VetoRule rule, List<Evidence> evidence) {
		return new VetoItem(rule, rule.zh(), rule.en(), evidence);
	}

}
