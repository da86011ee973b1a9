package cn.govsite.asset.sharing;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.TableName;

/** 共享记录 — one grant or revocation, kept for audit. */
@TableName("asset_share_audit")
public class ShareAudit {

	private Long id;

	private Long siteId;

	private Long assetId;

	private ShareAction action;

	private Long granteeSiteId;

	private String actor;

	private Instant at;

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

	public ShareAction getAction() {
		return this.action;
	}

	public void setAction(ShareAction action) {
		this.action = action;
	}

	public Long getGranteeSiteId() {
		return this.granteeSiteId;
	}

	public void setGranteeSiteId(Long granteeSiteId) {
		this.granteeSiteId = granteeSiteId;
	}

	public String getActor() {
		return this.actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public Instant getAt() {
		return this.at;
	}

	public void setAt(Instant at) {
		this.at = at;
	}

}
