package cn.govsite.content.article;

import java.time.Instant;
import java.time.LocalDate;

import com.baomidou.mybatisplus.annotation.TableName;

import cn.govsite.content.item.ContentType;

/**
 * 文章 — a piece of content filed in one column of a site. The body is plain text whose
 * paragraphs are separated by blank lines, or sanitised HTML (see {@link ArticleBody}).
 * {@code approvals} counts the review levels passed since the last edit; a major item
 * ({@code major}) needs two, the second by a chief. {@code contentType} says what kind of
 * item it is; that type's fields are the JSON {@code typeData}, its attachments resource
 * references ({@code attachments}, JSON), and {@code relatedId} the policy document an
 * interpretation explains. {@code origin*} name the site and item a pushed (信息报送) or
 * reprinted (转载) item came from; {@code archivedAt} marks it 已归档.
 */
@TableName("article")
public class Article {

	private Long id;

	private Long siteId;

	private Long columnId;

	private ContentType contentType;

	private String typeData;

	private String attachments;

	private Long relatedId;

	private LocalDate occurredOn;

	private String originKind;

	private Long originSiteId;

	private String originSiteCode;

	private String originSiteName;

	private Long originItemId;

	private String originUrl;

	private Instant archivedAt;

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

	public ContentType getContentType() {
		return this.contentType;
	}

	public void setContentType(ContentType contentType) {
		this.contentType = contentType;
	}

	public String getTypeData() {
		return this.typeData;
	}

	public void setTypeData(String typeData) {
		this.typeData = typeData;
	}

	public String getAttachments() {
		return this.attachments;
	}

	public void setAttachments(String attachments) {
		this.attachments = attachments;
	}

	public Long getRelatedId() {
		return this.relatedId;
	}

	public void setRelatedId(Long relatedId) {
		this.relatedId = relatedId;
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public void setOccurredOn(LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public String getOriginKind() {
		return this.originKind;
	}

	public void setOriginKind(String originKind) {
		this.originKind = originKind;
	}

	public Long getOriginSiteId() {
		return this.originSiteId;
	}

	public void setOriginSiteId(Long originSiteId) {
		this.originSiteId = originSiteId;
	}

	public String getOriginSiteCode() {
		return this.originSiteCode;
	}

	public void setOriginSiteCode(String originSiteCode) {
		this.originSiteCode = originSiteCode;
	}

	public String getOriginSiteName() {
		return this.originSiteName;
	}

	public void setOriginSiteName(String originSiteName) {
		this.originSiteName = originSiteName;
	}

	public Long getOriginItemId() {
		return this.originItemId;
	}

	public void setOriginItemId(Long originItemId) {
		this.originItemId = originItemId;
	}

	public String getOriginUrl() {
		return this.originUrl;
	}

	public void setOriginUrl(String originUrl) {
		this.originUrl = originUrl;
	}

	public Instant getArchivedAt() {
		return this.archivedAt;
	}

	public void setArchivedAt(Instant archivedAt) {
		this.archivedAt = archivedAt;
	}

	public boolean archived() {
		return this.archivedAt != null;
	}

	/** The item's type; rows written before types existed are articles. */
	public ContentType type() {
		return (this.contentType != null) ? this.contentType : ContentType.ARTICLE;
	}

	public boolean flaggedMajor() {
		return Boolean.TRUE.equals(this.major);
	}

	/** Where the published page lives on the site's host. */
	public String publicPath() {
		return "/articles/" + this.id + ".html";
	}

}
