package cn.govsite.asset.asset;

/** 来源 — whether the site made the resource or reprints someone else's. */
public enum SourceType {

	/** 原创. */
	ORIGINAL,

	/** 转载 — the source must be named. */
	REPRINTED

}
