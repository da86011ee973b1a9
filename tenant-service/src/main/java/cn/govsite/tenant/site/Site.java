package cn.govsite.tenant.site;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** 站点 — a site (tenant) of the platform, as stored in the {@code site} table. */
@TableName("site")
public class Site {

	@TableId(type = IdType.AUTO)
	private Long id;

	private String code;

	private String name;

	private SiteKind kind;

	private Long parentId;

	private String domain;

	private SiteStatus status;

	private Instant createdAt;

	private Instant updatedAt;

	private String createdBy;

	/** A new site from a plan that passed the registration rules. */
	static Site of(PlannedSite plan, SiteStatus status, Instant now, String createdBy) {
		Site site = new Site();
		site.code = plan.code();
		site.name = plan.name();
		site.kind = plan.kind();
		site.parentId = plan.parentId();
		site.domain = plan.domain();
		site.status = status;
		site.createdAt = now;
		site.updatedAt = now;
		site.createdBy = createdBy;
		return site;
	}

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public SiteKind getKind() {
		return this.kind;
	}

	public void setKind(SiteKind kind) {
		this.kind = kind;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getDomain() {
		return this.domain;
	}

	public void setDomain(String domain) {
		this.domain = domain;
	}

	public SiteStatus getStatus() {
		return this.status;
	}

	public void setStatus(SiteStatus status) {
		this.status = status;
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

	public String getCreatedBy() {
		return this.createdBy;
	}

	public void setCreatedBy(String createdBy) {
		this.createdBy = createdBy;
	}

}
