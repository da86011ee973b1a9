package cn.govsite.content.site;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/**
 * 站点概况 — this service's replica of a site's public facts (name, kind, domain), kept from
 * tenant-service's events so pages and events can name the site without a call.
 */
@TableName("site_profile")
public class SiteProfile {

	@TableId(type = IdType.INPUT)
	private Long siteId;

	private String code;

	private String name;

	private String kind;

	private Long parentId;

	private String domain;

	private Instant updatedAt;

	static SiteProfile of(SiteFacts facts, Instant now) {
		SiteProfile profile = new SiteProfile();
		profile.siteId = facts.siteId();
		profile.code = facts.code();
		profile.name = facts.name();
		profile.kind = facts.kind();
		profile.parentId = facts.parentId();
		profile.domain = facts.domain();
		profile.updatedAt = now;
		return profile;
	}

	public SiteFacts facts() {
		return new SiteFacts(this.siteId, this.code, this.name, this.kind, this.parentId, this.domain);
	}

	public Long getSiteId() {
		return this.siteId;
	}

	public void setSiteId(Long siteId) {
		this.siteId = siteId;
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

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
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

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

}
