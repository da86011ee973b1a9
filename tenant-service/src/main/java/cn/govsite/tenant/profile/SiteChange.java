package cn.govsite.tenant.profile;

import java.time.Instant;
import java.util.List;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** 信息变更记录 — one recorded change of a site's identity, units, contacts or domains. */
@TableName("site_change")
public class SiteChange {

	@TableId(type = IdType.AUTO)
	private Long id;

	private Long siteId;

	/** Comma-separated names of the changed fields. */
	private String fields;

	private String beforeJson;

	private String afterJson;

	private String changedBy;

	private Instant changedAt;

	/** When the change must be reported to the government office (2 days). */
	private Instant reportDue;

	private Instant reportedAt;

	/**
	 * A change made now by {@code by}, to be reported within
	 * {@link ProfileService#REPORT_WITHIN}.
	 */
	public static SiteChange of(long siteId, List<String> fields, String beforeJson, String afterJson, String by,
			Instant now) {
		SiteChange change = new SiteChange();
		change.siteId = siteId;
		change.fields = String.join(",", fields);
		change.beforeJson = beforeJson;
		change.afterJson = afterJson;
		change.changedBy = by;
		change.changedAt = now;
		change.reportDue = now.plus(ProfileService.REPORT_WITHIN);
		return change;
	}

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

	public String getFields() {
		return this.fields;
	}

	public void setFields(String fields) {
		this.fields = fields;
	}

	public String getBeforeJson() {
		return this.beforeJson;
	}

	public void setBeforeJson(String beforeJson) {
		this.beforeJson = beforeJson;
	}

	public String getAfterJson() {
		return this.afterJson;
	}

	public void setAfterJson(String afterJson) {
		this.afterJson = afterJson;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	public void setChangedBy(String changedBy) {
		this.changedBy = changedBy;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public void setChangedAt(Instant changedAt) {
		this.changedAt = changedAt;
	}

	public Instant getReportDue() {
		return this.reportDue;
	}

	public void setReportDue(Instant reportDue) {
		this.reportDue = reportDue;
	}

	public Instant getReportedAt() {
		return this.reportedAt;
	}

	public void setReportedAt(Instant reportedAt) {
		this.reportedAt = reportedAt;
	}

}
