package cn.govsite.asset.asset;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.baomidou.mybatisplus.annotation.TableName;

import cn.govsite.asset.inspection.FileKind;

/**
 * 资源 — a file in a site's resource library. The bytes live in object storage under a key
 * derived from their SHA-256 (stored once however many rows share them); the name the
 * uploader's computer gave it is kept only as metadata.
 */
@TableName("asset")
public class Asset {

	private Long id;

	private Long siteId;

	private String title;

	private FileKind kind;

	private AssetState state;

	private String originalFilename;

	private String contentType;

	private long size;

	private String sha256;

	private String objectKey;

	private SourceType sourceType;

	private String sourceName;

	private String rightsHolder;

	private String licence;

	private LocalDate rightsExpireOn;

	private String category;

	private String altText;

	private int width;

	private int height;

	private String createdBy;

	private Instant createdAt;

	private String registeredBy;

	private Instant registeredAt;

	private String retiredBy;

	private Instant retiredAt;

	private String retireReason;

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

	public FileKind getKind() {
		return this.kind;
	}

	public void setKind(FileKind kind) {
		this.kind = kind;
	}

	public AssetState getState() {
		return this.state;
	}

	public void setState(AssetState state) {
		this.state = state;
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

	public SourceType getSourceType() {
		return this.sourceType;
	}

	public void setSourceType(SourceType sourceType) {
		this.sourceType = sourceType;
	}

	public String getSourceName() {
		return this.sourceName;
	}

	public void setSourceName(String sourceName) {
		this.sourceName = sourceName;
	}

	public String getRightsHolder() {
		return this.rightsHolder;
	}

	public void setRightsHolder(String rightsHolder) {
		this.rightsHolder = rightsHolder;
	}

	public String getLicence() {
		return this.licence;
	}

	public void setLicence(String licence) {
		this.licence = licence;
	}

	public LocalDate getRightsExpireOn() {
		return this.rightsExpireOn;
	}

	public void setRightsExpireOn(LocalDate rightsExpireOn) {
		this.rightsExpireOn = rightsExpireOn;
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getAltText() {
		return this.altText;
	}

	public void setAltText(String altText) {
		this.altText = altText;
	}

	public int getWidth() {
		return this.width;
	}

	public void setWidth(int width) {
		this.width = width;
	}

	public int getHeight() {
		return this.height;
	}

	public void setHeight(int height) {
		this.height = height;
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

	public String getRegisteredBy() {
		return this.registeredBy;
	}

	public void setRegisteredBy(String registeredBy) {
		this.registeredBy = registeredBy;
	}

	public Instant getRegisteredAt() {
		return this.registeredAt;
	}

	public void setRegisteredAt(Instant registeredAt) {
		this.registeredAt = registeredAt;
	}

	public String getRetiredBy() {
		return this.retiredBy;
	}

	public void setRetiredBy(String retiredBy) {
		this.retiredBy = retiredBy;
	}

	public Instant getRetiredAt() {
		return this.retiredAt;
	}

	public void setRetiredAt(Instant retiredAt) {
		this.retiredAt = retiredAt;
	}

	public String getRetireReason() {
		return this.retireReason;
	}

	public void setRetireReason(String retireReason) {
		this.retireReason = retireReason;
	}

	/** The registration metadata as the domain checks it. */
	public AssetMetadata metadata(List<String> tags) {
		return new AssetMetadata(this.title, this.sourceType, this.sourceName, this.rightsHolder, this.licence,
				this.rightsExpireOn, this.category, tags, this.altText);
	}

	/** Copies the metadata fields (tags are kept apart). */
	public void apply(AssetMetadata metadata) {
		this.title = metadata.title();
		this.sourceType = metadata.sourceType();
		this.sourceName = metadata.sourceName();
		this.rightsHolder = metadata.rightsHolder();
		this.licence = metadata.licence();
		this.rightsExpireOn = metadata.rightsExpireOn();
		this.category = metadata.category();
		this.altText = metadata.altText();
	}

}
