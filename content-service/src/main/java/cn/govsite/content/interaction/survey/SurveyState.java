package cn.govsite.content.interaction.survey;

/**
 * The stored state of a survey; whether a published one is upcoming, open or closed
 * follows from its period ({@link SurveyPhase}).
 */
public enum SurveyState {

	/** 草稿 — being written; questions may change. */
	DRAFT,
	/** 已发布 — on the site for its period; questions are fixed. */
	PUBLISHED,
	/** 已反馈 — closed and the feedback on the collected opinions is published. */
	FEEDBACK_PUBLISHED

}
