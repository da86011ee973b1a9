package cn.govsite.content.interaction.survey;

import com.baomidou.mybatisplus.annotation.TableName;

/** One question of a survey; {@code options} holds the choices one per line. */
@TableName("survey_question")
public class SurveyQuestion {

	private Long id;

	private Long siteId;

	private Long surveyId;

	private Integer position;

	private QuestionKind kind;

	private String text;

	private String options;

	private Boolean required;

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

	public Integer getPosition() {
		return this.position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public QuestionKind getKind() {
		return this.kind;
	}

	public void setKind(QuestionKind kind) {
		this.kind = kind;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getOptions() {
		return this.options;
	}

	public void setOptions(String options) {
		this.options = options;
	}

	public Boolean getRequired() {
		return this.required;
	}

	public void setRequired(Boolean required) {
		this.required = required;
	}

}
