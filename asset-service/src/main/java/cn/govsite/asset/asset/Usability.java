package cn.govsite.asset.asset;

import java.util.List;

/**
 * Which of the asked ids the site's published content may use (registered, and its own or
 * shared with it), and why the others may not. Another site's unshared resource is "not
 * found", as everywhere else.
 */
record Usability(List<Long> usable, List<Refused> refused) {

	record Refused(long assetId, Reason reason) {
	}

	enum Reason {

		/** 不存在或未共享. */
		NOT_FOUND,

		/** 本站资源尚未登记或已退役. */
		NOT_REGISTERED,

		/** 授权已到期 — registered, but the licence no longer allows use. */
		RIGHTS_EXPIRED

	}

}
