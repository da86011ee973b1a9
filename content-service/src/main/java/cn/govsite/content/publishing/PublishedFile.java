package cn.govsite.content.publishing;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.TableName;

/**
 * 发布文件 — the last content publishing wrote under a key, kept so monitoring can tell when
 * the stored file was changed behind the platform's back.
 */
@TableName("published_file")
public class PublishedFile {

	private Long id;

	private Long siteId;

	private String objectKey;

	private String sha256;

	private Instant publishedAt;

	/** The render job that last wrote the file. */
	private Long jobId;

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

	public String getSha256() {
		return this.sha256;
	}

	public void setSha256(String sha256) {
		this.sha256 = sha256;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public void setPublishedAt(Instant publishedAt) {
		this.publishedAt = publishedAt;
	}

	public Long getJobId() {
		return this.jobId;
	}

	public void setJobId(Long jobId) {
		this.jobId = jobId;
	}

}
