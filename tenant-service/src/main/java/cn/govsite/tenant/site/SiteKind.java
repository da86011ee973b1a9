package cn.govsite.tenant.site;

/** 站点类型 — what a site is within the platform. */
public enum SiteKind {

	/** 市级门户 — the one portal of the city, parent of every other site. */
	CITY_PORTAL,
	/** 区县门户 — a county portal with a domain of its own. */
	COUNTY_PORTAL,
	/** 部门网站 — a department site on a subdomain of the city portal. */
	DEPARTMENT;

	/** The names clients may send, for validation messages and patterns. */
	public static final String PATTERN = "CITY_PORTAL|COUNTY_PORTAL|DEPARTMENT";

}
