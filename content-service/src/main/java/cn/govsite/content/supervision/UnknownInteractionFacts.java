package cn.govsite.content.supervision;

import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * Stand-in until the interaction module (mailboxes) is merged: main has no messages or
 * channels yet, so every interaction fact is "unknown" and the verdict lists those checks
 * as not made rather than passing them. To wire the mailboxes, replace this class by an
 * {@link InteractionFacts} over their tables.
 */
@Component
class UnknownInteractionFacts implements InteractionFacts {

	@Override
	public Snapshot snapshot(long siteId, Instant now) {
		return Snapshot.unknown();
	}

}
