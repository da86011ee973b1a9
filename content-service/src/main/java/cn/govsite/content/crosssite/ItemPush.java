package cn.govsite.content.crosssite;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.TableName;

/**
 * 信息报送 — one item a site pushed to a column of its parent portal, kept on the pushing
 * site ({@code siteId}) with the parent's decision: adoption (采用) is what scoring counts.
 */
@TableName("item_push")
public class ItemPush {

	private Long id;

	private Long siteId;

	private Long itemId;

	private Long targetSiteId;

	private String targetSiteName;

	private Long targetColumnId;

	private Long targetItemId;

	private String pushedBy;

	private Instant pushedAt;

	private PushStatus status;

	private String decidedBy;

	private Instant decidedAt;

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

	public Long getItemId() {
		return this.itemId;
	}

	public void setItemId(Long itemId) {
		this.itemId = itemId;
	}

	public Long getTargetSiteId() {
		return this.targetSiteId;
	}

	public void setTargetSiteId(Long targetSiteId) {
		this.targetSiteId = targetSiteId;
	}

	public String getTargetSiteName() {
		return this.targetSiteName;
	}

	public void setTargetSiteName(String targetSiteName) {
		this.targetSiteName = targetSiteName;
	}

	public Long getTargetColumnId() {
		return this.targetColumnId;
	}

	public void setTargetColumnId(Long targetColumnId) {
		this.targetColumnId = targetColumnId;
	}

	public Long getTargetItemId() {
		return this.targetItemId;
	}

	public void setTargetItemId(Long targetItemId) {
		this.targetItemId = targetItemId;
	}

	public String getPushedBy() {
		return this.pushedBy;
	}

	public void setPushedBy(String pushedBy) {
		this.pushedBy = pushedBy;
	}

	public Instant getPushedAt() {
		return this.pushedAt;
	}

	public void setPushedAt(Instant pushedAt) {
		this.pushedAt = pushedAt;
	}

	public PushStatus getStatus() {
		return this.status;
	}

	public void setStatus(PushStatus status) {
		this.status = status;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public void setDecidedBy(String decidedBy) {
		this.decidedBy = decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public void setDecidedAt(Instant decidedAt) {
		this.decidedAt = decidedAt;
	}

}
