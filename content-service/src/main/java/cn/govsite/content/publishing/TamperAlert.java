package cn.govsite.content.publishing;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.TableName;

/**
 * 篡改告警 — a stored page found different from what publishing wrote, and its restoration.
 */
@TableName("tamper_alert")
public class TamperAlert {

	private Long id;

	private Long siteId;

	private String objectKey;

	private String expectedSha256;

	/** Null when the page was missing altogether. */
	private String foundSha256;

	private Instant detectedAt;

	private Instant restoredAt;

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

	public String getObjectKey() {
		return this.objectKey;
	}

	public void setObjectKey(String objectKey) {
		this.objectKey = objectKey;
	}

	public String getExpectedSha256() {
		return this.expectedSha256;
	}

	public void setExpectedSha256(String expectedSha256) {
		this.expectedSha256 = expectedSha256;
	}

	public String getFoundSha256() {
		return this.foundSha256;
	}

	public void setFoundSha256(String foundSha256) {
		this.foundSha256 = foundSha256;
	}

	public Instant getDetectedAt() {
		return this.detectedAt;
	}

	public void setDetectedAt(Instant detectedAt) {
		this.detectedAt = detectedAt;
	}

	public Instant getRestoredAt() {
		return this.restoredAt;
	}

	public void setRestoredAt(Instant restoredAt) {
		this.restoredAt = restoredAt;
	}

}
