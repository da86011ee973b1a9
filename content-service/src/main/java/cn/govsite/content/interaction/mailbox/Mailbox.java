package cn.govsite.content.interaction.mailbox;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.TableName;

/**
 * 信箱 — a mailbox of a site (领导信箱, 咨询, 投诉, 举报, or one the site adds) with its answer limit
 * in working days.
 */
@TableName("mailbox")
public class Mailbox {

	private Long id;

	private Long siteId;

	private String code;

	private String name;

	private Integer deadlineDays;

	private Integer remindDays;

	private Boolean enabled;

	private Integer sortOrder;

	private Instant createdAt;

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

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Integer getDeadlineDays() {
		return this.deadlineDays;
	}

	public void setDeadlineDays(Integer deadlineDays) {
		this.deadlineDays = deadlineDays;
	}

	public Integer getRemindDays() {
		return this.remindDays;
	}

	public void setRemindDays(Integer remindDays) {
		this.remindDays = remindDays;
	}

	public Boolean getEnabled() {
		return this.enabled;
	}

	public void setEnabled(Boolean enabled) {
		this.enabled = enabled;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(Instant createdAt) {
		this.createdAt = createdAt;
	}

}
