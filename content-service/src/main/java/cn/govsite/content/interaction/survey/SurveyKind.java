package cn.govsite.content.interaction.survey;

/** 网上调查 (choices counted) or 意见征集 (opinions collected, feedback owed). */
public enum SurveyKind {

	SURVEY, CONSULTATION

}
