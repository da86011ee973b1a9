package cn.govsite.asset.sharing;

/** What a sharing audit entry records. */
public enum ShareAction {

	/** 授权给站点. */
	GRANT,

	/** 撤销站点授权. */
	REVOKE,

	/** 全平台共享. */
	PLATFORM_SHARE,

	/** 撤销全平台共享. */
	PLATFORM_UNSHARE

}
