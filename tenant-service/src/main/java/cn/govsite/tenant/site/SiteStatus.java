package cn.govsite.tenant.site;

/**
 * 站点状态 — where a site is in its lifecycle; the moves between states are the table of
 * {@code cn.govsite.tenant.lifecycle.SiteLifecycle}.
 */
public enum SiteStatus {

	/** 已申请 — registered, waiting for approval; not served to the public. */
	APPLIED,
	/** 已批准 — approved, not yet serving; not served to the public. */
	APPROVED,
	/** 已上线 — serving its pages on its domain. */
	ONLINE,
	/** 临时下线 — down for rework (at most once a year, at most 30 days), with a notice. */
	TEMPORARILY_OFFLINE,
	/** 紧急关停 — shut down by force majeure or order; reported, not counted as offline. */
	EMERGENCY_SHUTDOWN,
	/** 注销关停中 — content migrated, closing notice shown for at least 30 days. */
	CLOSING,
	/** 已关停 — closed; domain and registrations released. */
	CLOSED,
	/** 退出监管 — no longer a government site (its unit lost its administrative role). */
	EXITED_SUPERVISION;

	/** The statuses the public sees pages in. */
	public boolean servesPages() {
		return this == ONLINE;
	}

}
