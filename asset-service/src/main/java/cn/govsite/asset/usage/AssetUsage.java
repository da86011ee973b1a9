package cn.govsite.asset.usage;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.TableName;

/** 引用 — one article of a site that uses a resource of the library. */
@TableName("asset_usage")
public class AssetUsage {

	private Long id;

	private Long siteId;

	private Long assetId;

	private Long articleId;

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

	public Long getAssetId() {
		return this.assetId;
	}

	public void setAssetId(Long assetId) {
		this.assetId = assetId;
	}

	public Long getArticleId() {
		return this.articleId;
	}

	public void setArticleId(Long articleId) {
		this.articleId = articleId;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public void setRecordedAt(Instant recordedAt) {
		this.recordedAt = recordedAt;
	}

}
