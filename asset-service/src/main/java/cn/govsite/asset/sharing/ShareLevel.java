package cn.govsite.asset.sharing;

/** 共享范围 — who besides the owning site may use a resource. */
public enum ShareLevel {

	/** 本站私有. */
	PRIVATE,

	/** 授权给指定站点. */
	GRANTED,

	/** 全平台共享. */
	PLATFORM

}
