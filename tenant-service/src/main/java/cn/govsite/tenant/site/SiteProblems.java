package cn.govsite.tenant.site;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.security.GovsitePrincipal;

/** The refusals every site use case shares, worded once. */
public final class SiteProblems {

	private SiteProblems() {
	}

	public static GovsiteException notFound(String code) {
		return new GovsiteException(ProblemType.SITE_NOT_FOUND,
				Message.of("没有代码为 " + code + " 的站点", "No site with code " + code));
	}

	/**
	 * A 403 unless the person may see the site's administration; checked before the site
	 * is looked up, so codes cannot be probed.
	 */
	public static void requireAccess(GovsitePrincipal by, String code) {
		if (!by.canAccessSite(code)) {
			throw GovsiteException.forbidden(Message.of("无权查看站点 " + code, "Not allowed to see site " + code));
		}
	}

}
