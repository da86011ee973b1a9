package cn.govsite.content.migration;

import java.util.Map;
import java.util.Set;

/**
 * A migration job's lifecycle: QUEUED → RUNNING → DONE, FAILED or CANCELLED; a failed or
 * cancelled job may be queued again (resumed where it stopped).
 */
public enum MigrationState {

	QUEUED, RUNNING, DONE, FAILED, CANCELLED;

	private static final Map<MigrationState, Set<MigrationState>> MOVES = Map.of(QUEUED, Set.of(RUNNING, CANCELLED),
			RUNNING, Set.of(RUNNING, DONE, FAILED, CANCELLED), DONE, Set.of(), FAILED, Set.of(QUEUED), CANCELLED,
			Set.of(QUEUED));

	public boolean mayBecome(MigrationState to) {
		return MOVES.get(this).contains(to);
	}

	public boolean finished() {
		return this == DONE || this == FAILED || this == CANCELLED;
	}

}
