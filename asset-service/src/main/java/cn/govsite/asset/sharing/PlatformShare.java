package cn.govsite.asset.sharing;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** 全平台共享 — a resource every site may use, as a platform admin decided. */
@TableName("asset_platform_share")
public class PlatformShare {

	@TableId(value = "asset_id", type = IdType.INPUT)
	private Long assetId;

	private Long siteId;

	private String sharedBy;

	private Instant sharedAt;

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

	public String getSharedBy() {
		return this.sharedBy;
	}

	public void setSharedBy(String sharedBy) {
		this.sharedBy = sharedBy;
	}

	public Instant getSharedAt() {
		return this.sharedAt;
	}

	public void setSharedAt(Instant sharedAt) {
		this.sharedAt = sharedAt;
	}

}
