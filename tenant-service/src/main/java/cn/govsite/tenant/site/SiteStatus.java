package cn.govsite.tenant.site;

/**
 * 站点状态 — where a site is in its lifecycle. Only the first two states exist so far;
 * approval, temporary offline, emergency shutdown and closing come with the lifecycle
 * issue and are added here together with their transitions in {@link SiteLifecycle}.
 */
public enum SiteStatus {

	/** 已申请 — registered, not yet serving. */
	APPLIED,
	/** 已上线 — serving its pages on its domain. */
	ONLINE

}
