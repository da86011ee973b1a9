package cn.govsite.common.security;

/** The platform's roles; the first two are platform-wide, the others granted per site. */
public enum Role {

	/** 平台运维 — the data center that runs the platform. */
	PLATFORM_ADMIN("platform-admin"),
	/** 监管 — the government office that supervises every site. */
	SUPERVISOR("supervisor"),
	/** 站点管理员. */
	SITE_ADMIN("site-admin"),
	/** 编辑/信息员. */
	EDITOR("editor"),
	/** 审核人员. */
	REVIEWER("reviewer"),
	/** 主要领导 — second-level approval. */
	CHIEF("chief"),
	/** 公众. */
	CITIZEN("citizen");

	private final String id;

	Role(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

	public static Role fromId(String id) {
		for (Role role : values()) {
			if (role.id.equals(id)) {
				return role;
			}
		}
		return null;
	}

	public boolean isSiteRole() {
		return this == SITE_ADMIN || this == EDITOR || this == REVIEWER || this == CHIEF;
	}

}
