package cn.govsite.asset.asset;

import com.baomidou.mybatisplus.annotation.TableName;

/** 标签 — one tag of a resource, a row of its own so the library can be searched by tag. */
@TableName("asset_tag")
public class AssetTag {

	private Long assetId;

	private Long siteId;

	private String tag;

	public AssetTag() {
	}

	AssetTag(Long assetId, Long siteId, String tag) {
		this.assetId = assetId;
		this.siteId = siteId;
		this.tag = tag;
	}

	public Long getAssetId() {
		return this.assetId;
	}

	public void setAssetId(Long assetId) {
		this.assetId = assetId;
	}

	public Long getSiteId() {
		return this.siteId;
	}

	public void setSiteId(Long siteId) {
		this.siteId = siteId;
	}

	public String getTag() {
		return this.tag;
	}

	public void setTag(String tag) {
		this.tag = tag;
	}

}
