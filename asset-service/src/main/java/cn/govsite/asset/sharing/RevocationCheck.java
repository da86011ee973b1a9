package cn.govsite.asset.sharing;

import java.util.function.LongPredicate;

import cn.govsite.asset.asset.Asset;

/**
 * A reason a share may not be withdrawn yet (a site that would lose access still uses the
 * resource); throws a problem to refuse.
 */
public interface RevocationCheck {

	/**
	 * @param losesAccess whether a site (by id) can no longer use the resource once the
	 * share ends: the one grantee, or after a platform-wide share every site without a
	 * grant of its own
	 */
	void beforeRevoke(Asset asset, LongPredicate losesAccess);

}
