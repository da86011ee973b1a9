package cn.govsite.asset.asset;

/** 资源状态 — where a resource is in 先入库、后使用. */
public enum AssetState {

	/** 待登记 — uploaded and inspected, metadata not yet complete or confirmed. */
	PENDING("待登记"),

	/** 已登记 — in the library with source and rights: the only state content may use. */
	REGISTERED("已登记"),

	/** 已退役 — kept for the record, no longer offered for use. */
	RETIRED("已退役");

	private final String zh;

	AssetState(String zh) {
		this.zh = zh;
	}

	public String zh() {
		return this.zh;
	}

	/** Metadata may change until a resource is retired. */
	public boolean editable() {
		return this != RETIRED;
	}

}
