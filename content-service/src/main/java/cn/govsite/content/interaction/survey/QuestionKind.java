package cn.govsite.content.interaction.survey;

/** 单选, 多选 or 填空 (free text). */
public enum QuestionKind {

	SINGLE, MULTIPLE, TEXT

}
