package cn.govsite.content.interaction.survey;

import com.baomidou.mybatisplus.annotation.TableName;

/** One chosen option or one text of a response. */
@TableName("survey_answer")
public class SurveyAnswer {

	private Long id;

	private Long siteId;

	private Long surveyId;

	private Long responseId;

	private Long questionId;

	private Integer optionIndex;

	private String text;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Long getSiteId() {
		return this.siteId;
	}

	public void setSiteId(Long siteId) {
		this.siteId = siteId;
	}

	public Long getSurveyId() {
		return this.surveyId;
	}

	public void setSurveyId(Long surveyId) {
		this.surveyId = surveyId;
	}

	public Long getResponseId() {
		return this.responseId;
	}

	public void setResponseId(Long responseId) {
		this.responseId = responseId;
	}

	public Long getQuestionId() {
		return this.questionId;
	}

	public void setQuestionId(Long questionId) {
		this.questionId = questionId;
	}

	public Integer getOptionIndex() {
		return this.optionIndex;
	}

	public void setOptionIndex(Integer optionIndex) {
		this.optionIndex = optionIndex;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
