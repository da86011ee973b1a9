package cn.govsite.content.interaction.knowledge;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.TableName;

/**
 * 知识库条目 — a curated question and answer of a site, by topic, often from an answered
 * message.
 */
@TableName("knowledge_entry")
public class KnowledgeEntry {

	private Long id;

	private Long siteId;

	private String topic;

	private String question;

	private String answer;

	private Long sourceMessageId;

	private Boolean archived;

	private Integer views;

	private Integer helpful;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

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

	public String getTopic() {
		return this.topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public String getQuestion() {
		return this.question;
	}

	public void setQuestion(String question) {
		this.question = question;
	}

	public String getAnswer() {
		return this.answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}

	public Long getSourceMessageId() {
		return this.sourceMessageId;
	}

	public void setSourceMessageId(Long sourceMessageId) {
		this.sourceMessageId = sourceMessageId;
	}

	public Boolean getArchived() {
		return this.archived;
	}

	public void setArchived(Boolean archived) {
		this.archived = archived;
	}

	public Integer getViews() {
		return this.views;
	}

	public void setViews(Integer views) {
		this.views = views;
	}

	public Integer getHelpful() {
		return this.helpful;
	}

	public void setHelpful(Integer helpful) {
		this.helpful = helpful;
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

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

}
