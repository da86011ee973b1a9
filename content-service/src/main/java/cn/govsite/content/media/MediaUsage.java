package cn.govsite.content.media;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.TableName;

/** 资源引用 — an article of a site that uses a resource of the library. */
@TableName("media_usage")
public class MediaUsage {

	private Long id;

	private Long siteId;

	private Long articleId;

	private Long assetId;

	private Instant recordedAt;

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

	public Long getAssetId() {
		return this.assetId;
	}

	public void setAssetId(Long assetId) {
		this.assetId = assetId;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public void setRecordedAt(Instant recordedAt) {
		this.recordedAt = recordedAt;
	}

}
