package cn.govsite.content.notice;

/** What a pinned notice announces. */
public enum NoticeKind {

	/** 开设公告: a new site went online (kept at least 30 days). */
	OPENING,

	/** 临时下线公告: until the site is back or its planned end. */
	OFFLINE,

	/** 紧急关停: reported, shown until the site is back. */
	SHUTDOWN,

	/** 关停迁移公告: while the site is being closed. */
	CLOSING,

	/** Where a closed site's content went. */
	CLOSED,

	/** 退出监管. */
	EXITED,

	/**
	 * 域名变更公告: on the site itself and on the city portal, until three months after the
	 * change.
	 */
	DOMAIN_CHANGE

}
