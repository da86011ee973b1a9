package cn.govsite.asset.sharing;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;

import org.springframework.stereotype.Component;

import cn.govsite.asset.asset.Asset;
import cn.govsite.asset.asset.AssetReader;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;

/**
 * A resource is shared with a site when it is shared platform-wide or granted to that
 * site. Grant rows belong to the owner, so the lookup spans sites on purpose.
 */
@Component
class ShareRules implements AssetReader.ShareRule {

	private final AssetGrantMapper grants;

	private final PlatformShareMapper platformShares;

	ShareRules(AssetGrantMapper grants, PlatformShareMapper platformShares) {
		this.grants = grants;
		this.platformShares = platformShares;
	}

	@Override
	public boolean sharedWith(Asset asset, SiteRef site) {
		return TenantContext.callPlatformWide(() -> this.platformShares.selectById(asset.getId()) != null
				|| this.grants.exists(new LambdaQueryWrapper<AssetGrant>().eq(AssetGrant::getAssetId, asset.getId())
					.eq(AssetGrant::getGranteeSiteId, site.id())));
	}

}
