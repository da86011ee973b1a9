package cn.govsite.content.template;

import java.util.Set;

/**
 * The moves of a template version between {@link TemplateState}s, and which are allowed.
 */
enum TemplateTransition {

	/** A draft or an earlier version becomes the one the site renders with. */
	ACTIVATE(Set.of(TemplateState.DRAFT, TemplateState.SUPERSEDED), TemplateState.ACTIVE),
	/** The live version gives way to another one (or to the platform default). */
	SUPERSEDE(Set.of(TemplateState.ACTIVE), TemplateState.SUPERSEDED);

	private final Set<TemplateState> from;

	private final TemplateState to;

	TemplateTransition(Set<TemplateState> from, TemplateState to) {
		this.from = from;
		this.to = to;
	}

	boolean allowedFrom(TemplateState state) {
		return this.from.contains(state);
	}

	TemplateState to() {
		return this.to;
	}

}
