package cn.govsite.content.interaction.survey;

import java.time.Instant;
import java.time.LocalDate;

import com.baomidou.mybatisplus.annotation.TableName;

/**
 * 调查 — a survey (网上调查) or opinion collection (意见征集) of a site: its open period and the
 * feedback due after it closes.
 */
@TableName("survey")
public class Survey {

	private Long id;

	private Long siteId;

	private SurveyKind kind;

	private String title;

	private String description;

	private Instant opensAt;

	private Instant closesAt;

	private Boolean anonymousAllowed;

	private SurveyState state;

	private LocalDate feedbackDueOn;

	private String feedback;

	private Instant feedbackPublishedAt;

	private Instant feedbackWarnedAt;

	private Instant feedbackOverdueAt;

	private String createdBy;

	private Instant createdAt;

	private Integer version;

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

	public SurveyKind getKind() {
		return this.kind;
	}

	public void setKind(SurveyKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Instant getOpensAt() {
		return this.opensAt;
	}

	public void setOpensAt(Instant opensAt) {
		this.opensAt = opensAt;
	}

	public Instant getClosesAt() {
		return this.closesAt;
	}

	public void setClosesAt(Instant closesAt) {
		this.closesAt = closesAt;
	}

	public Boolean getAnonymousAllowed() {
		return this.anonymousAllowed;
	}

	public void setAnonymousAllowed(Boolean anonymousAllowed) {
		this.anonymousAllowed = anonymousAllowed;
	}

	public SurveyState getState() {
		return this.state;
	}

	public void setState(SurveyState state) {
		this.state = state;
	}

	public LocalDate getFeedbackDueOn() {
		return this.feedbackDueOn;
	}

	public void setFeedbackDueOn(LocalDate feedbackDueOn) {
		this.feedbackDueOn = feedbackDueOn;
	}

	public String getFeedback() {
		return this.feedback;
	}

	public void setFeedback(String feedback) {
		this.feedback = feedback;
	}

	public Instant getFeedbackPublishedAt() {
		return this.feedbackPublishedAt;
	}

	public void setFeedbackPublishedAt(Instant feedbackPublishedAt) {
		this.feedbackPublishedAt = feedbackPublishedAt;
	}

	public Instant getFeedbackWarnedAt() {
		return this.feedbackWarnedAt;
	}

	public void setFeedbackWarnedAt(Instant feedbackWarnedAt) {
		this.feedbackWarnedAt = feedbackWarnedAt;
	}

	public Instant getFeedbackOverdueAt() {
		return this.feedbackOverdueAt;
	}

	public void setFeedbackOverdueAt(Instant feedbackOverdueAt) {
		this.feedbackOverdueAt = feedbackOverdueAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public void setCreatedBy(String createdBy) {
		this.createdBy = createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(Instant createdAt) {
		this.createdAt = createdAt;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
