package cn.govsite.content.interaction.survey;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.TableName;

/** One person's response to a survey (one per account, or per client when anonymous). */
@TableName("survey_response")
public class SurveyResponse {

	private Long id;

	private Long siteId;

	private Long surveyId;

	private String respondentKey;

	private Instant createdAt;

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

	public String getRespondentKey() {
		return this.respondentKey;
	}

	public void setRespondentKey(String respondentKey) {
		this.respondentKey = respondentKey;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(Instant createdAt) {
		this.createdAt = createdAt;
	}

}
