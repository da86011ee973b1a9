package cn.govsite.asset.asset;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.TableName;

/**
 * 资源 — a file in a site's resource library. The bytes live in object storage under a
 * generated key; the name the uploader's computer gave it is kept only as metadata.
 */
@TableName("asset")
public class Asset {

	private Long id;

	private Long siteId;

	private String title;

	private String originalFilename;

	private String contentType;

	private long size;

	private String sha256;

	private String objectKey;

	private String createdBy;

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

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getOriginalFilename() {
		return this.originalFilename;
	}

	public void setOriginalFilename(String originalFilename) {
		this.originalFilename = originalFilename;
	}

	public String getContentType() {
		return this.contentType;
	}

	public void setContentType(String contentType) {
		this.contentType = contentType;
	}

	public long getSize() {
		return this.size;
	}

	public void setSize(long size) {
		this.size = size;
	}

	public String getSha256() {
		return this.sha256;
	}

	public void setSha256(String sha256) {
		this.sha256 = sha256;
	}

	public String getObjectKey() {
		return this.objectKey;
	}

	public void setObjectKey(String objectKey) {
		this.objectKey = objectKey;
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

}
