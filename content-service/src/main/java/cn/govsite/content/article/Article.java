package cn.govsite.content.article;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.TableName;

/**
 * 文章 — a piece of content filed in one column of a site. The body is plain text whose
 * paragraphs are separated by blank lines, or sanitised HTML (see {@link ArticleBody}).
 * {@code approvals} counts the review levels passed since the last edit; a major item
 * ({@code major}) needs two, the second by a chief.
 */
@TableName("article")
public class Article {

	private Long id;

	private Long siteId;

	private Long columnId;

	private String title;

	private String body;

	private String source;

	private ArticleState state;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant publishedAt;

	private Boolean major;

	private Integer approvals;

	private String firstApprover;

	private Instant publishAt;

	private Integer version;

	private Integer checkBlocking;

	private Integer checkWarnings;

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

	public Long getColumnId() {
		return this.columnId;
	}

	public void setColumnId(Long columnId) {
		this.columnId = columnId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public ArticleState getState() {
		return this.state;
	}

	public void setState(ArticleState state) {
		this.state = state;
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

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public void setPublishedAt(Instant publishedAt) {
		this.publishedAt = publishedAt;
	}

	public Boolean getMajor() {
		return this.major;
	}

	public void setMajor(Boolean major) {
		this.major = major;
	}

	public Integer getApprovals() {
		return this.approvals;
	}

	public void setApprovals(Integer approvals) {
		this.approvals = approvals;
	}

	public String getFirstApprover() {
		return this.firstApprover;
	}

	public void setFirstApprover(String firstApprover) {
		this.firstApprover = firstApprover;
	}

	public Instant getPublishAt() {
		return this.publishAt;
	}

	public void setPublishAt(Instant publishAt) {
		this.publishAt = publishAt;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public Integer getCheckBlocking() {
		return this.checkBlocking;
	}

	public void setCheckBlocking(Integer checkBlocking) {
		this.checkBlocking = checkBlocking;
	}

	public Integer getCheckWarnings() {
		return this.checkWarnings;
	}

	public void setCheckWarnings(Integer checkWarnings) {
		this.checkWarnings = checkWarnings;
	}

	public boolean flaggedMajor() {
		return Boolean.TRUE.equals(this.major);
	}

	/** Where the published page lives on the site's host. */
	public String publicPath() {
		return "/articles/" + this.id + ".html";
	}

}
