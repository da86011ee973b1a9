package cn.govsite.content.interaction.survey;

import java.time.Instant;

/** Where a survey stands at a moment, as staff and citizens see it. */
public enum SurveyPhase {

	DRAFT("草稿"), UPCOMING("未开始"), OPEN("进行中"), CLOSED("已结束，待反馈"), FEEDBACK_PUBLISHED("已反馈");

	private final String label;

	SurveyPhase(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static SurveyPhase of(SurveyState state, Instant opensAt, Instant closesAt, Instant now) {
		return switch (state) {
			case DRAFT -> DRAFT;
			case FEEDBACK_PUBLISHED -> FEEDBACK_PUBLISHED;
			case PUBLISHED -> now.isBefore(opensAt) ? UPCOMING : now.isBefore(closesAt) ? OPEN : CLOSED;
		};
	}

}
