package cn.govsite.content.template;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.TableName;

/**
 * 模板版本 — one saved version of one template of a site. A site renders with its
 * {@code ACTIVE} version of a template, or the platform default when it has none.
 */
@TableName("site_template")
public class TemplateVersion {

	private Long id;

	private Long siteId;

	private String name;

	private Integer version;

	private String source;

	private TemplateState state;

	private String note;

	/** The version that was active before this one was activated (null: the default). */
	private Long replacesId;

	private String createdBy;

	private Instant createdAt;

	private Instant activatedAt;

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

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public TemplateState getState() {
		return this.state;
	}

	public void setState(TemplateState state) {
		this.state = state;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getReplacesId() {
		return this.replacesId;
	}

	public void setReplacesId(Long replacesId) {
		this.replacesId = replacesId;
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

	public Instant getActivatedAt() {
		return this.activatedAt;
	}

	public void setActivatedAt(Instant activatedAt) {
		this.activatedAt = activatedAt;
	}

}
