package cn.govsite.asset.sharing;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.TableName;

/** 授权 — a registered resource granted by its site to another site. */
@TableName("asset_grant")
public class AssetGrant {

	private Long id;

	private Long siteId;

	private Long assetId;

	private Long granteeSiteId;

	private String grantedBy;

	private Instant grantedAt;

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

	public Long getGranteeSiteId() {
		return this.granteeSiteId;
	}

	public void setGranteeSiteId(Long granteeSiteId) {
		this.granteeSiteId = granteeSiteId;
	}

	public String getGrantedBy() {
		return this.grantedBy;
	}

	public void setGrantedBy(String grantedBy) {
		this.grantedBy = grantedBy;
	}

	public Instant getGrantedAt() {
		return this.grantedAt;
	}

	public void setGrantedAt(Instant grantedAt) {
		this.grantedAt = grantedAt;
	}

}
