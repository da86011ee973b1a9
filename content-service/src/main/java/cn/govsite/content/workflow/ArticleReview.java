package cn.govsite.content.workflow;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.TableName;

/** 审核记录 — one audited step of an article's review (一事一审). */
@TableName("article_review")
public class ArticleReview {

	private Long id;

	private Long siteId;

	private Long articleId;

	private String actor;

	private String actorRole;

	private ReviewAction action;

	private String fromState;

	private String toState;

	private String opinion;

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

	public Long getArticleId() {
		return this.articleId;
	}

	public void setArticleId(Long articleId) {
		this.articleId = articleId;
	}

	public String getActor() {
		return this.actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public String getActorRole() {
		return this.actorRole;
	}

	public void setActorRole(String actorRole) {
		this.actorRole = actorRole;
	}

	public ReviewAction getAction() {
		return this.action;
	}

	public void setAction(ReviewAction action) {
		this.action = action;
	}

	public String getFromState() {
		return this.fromState;
	}

	public void setFromState(String fromState) {
		this.fromState = fromState;
	}

	public String getToState() {
		return this.toState;
	}

	public void setToState(String toState) {
		this.toState = toState;
	}

	public String getOpinion() {
		return this.opinion;
	}

	public void setOpinion(String opinion) {
		this.opinion = opinion;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(Instant createdAt) {
		this.createdAt = createdAt;
	}

}
