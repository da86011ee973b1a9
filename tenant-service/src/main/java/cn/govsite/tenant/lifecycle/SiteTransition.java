package cn.govsite.tenant.lifecycle;

import java.time.Instant;
import java.time.LocalDate;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import cn.govsite.tenant.site.SiteStatus;

/** 状态变更记录 — one audited transition of a site (who, when, why, attachment). */
@TableName("site_transition")
public class SiteTransition {

	@TableId(type = IdType.AUTO)
	private Long id;

	private Long siteId;

	private LifecycleAction action;

	private SiteStatus fromStatus;

	private SiteStatus toStatus;

	private String reason;

	private String notice;

	private LocalDate untilDate;

	private String migrationTarget;

	/** JSON object: column → where its content went. */
	private String columnTargets;

	private String attachment;

	private boolean reportRequired;

	private Instant noticeUntil;

	private String actor;

	private Instant occurredAt;

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

	public LifecycleAction getAction() {
		return this.action;
	}

	public void setAction(LifecycleAction action) {
		this.action = action;
	}

	public SiteStatus getFromStatus() {
		return this.fromStatus;
	}

	public void setFromStatus(SiteStatus fromStatus) {
		this.fromStatus = fromStatus;
	}

	public SiteStatus getToStatus() {
		return this.toStatus;
	}

	public void setToStatus(SiteStatus toStatus) {
		this.toStatus = toStatus;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getNotice() {
		return this.notice;
	}

	public void setNotice(String notice) {
		this.notice = notice;
	}

	public LocalDate getUntilDate() {
		return this.untilDate;
	}

	public void setUntilDate(LocalDate untilDate) {
		this.untilDate = untilDate;
	}

	public String getMigrationTarget() {
		return this.migrationTarget;
	}

	public void setMigrationTarget(String migrationTarget) {
		this.migrationTarget = migrationTarget;
	}

	public String getColumnTargets() {
		return this.columnTargets;
	}

	public void setColumnTargets(String columnTargets) {
		this.columnTargets = columnTargets;
	}

	public String getAttachment() {
		return this.attachment;
	}

	public void setAttachment(String attachment) {
		this.attachment = attachment;
	}

	public boolean isReportRequired() {
		return this.reportRequired;
	}

	public void setReportRequired(boolean reportRequired) {
		this.reportRequired = reportRequired;
	}

	public Instant getNoticeUntil() {
		return this.noticeUntil;
	}

	public void setNoticeUntil(Instant noticeUntil) {
		this.noticeUntil = noticeUntil;
	}

	public String getActor() {
		return this.actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public void setOccurredAt(Instant occurredAt) {
		this.occurredAt = occurredAt;
	}

}
