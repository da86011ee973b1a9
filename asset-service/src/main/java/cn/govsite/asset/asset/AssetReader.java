package cn.govsite.asset.asset;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;

import org.springframework.stereotype.Component;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;

/**
 * Which resources the request's site may read: its own in any state, and another site's
 * registered resources that were shared with it ({@link ShareRule}). Anything else is
 * "not found", so a site learns nothing about another's private library.
 */
@Component
public class AssetReader {

	private final AssetMapper assets;

	private final AssetTagMapper tags;

	private final List<ShareRule> shareRules;

	AssetReader(AssetMapper assets, AssetTagMapper tags, List<ShareRule> shareRules) {
		this.assets = assets;
		this.tags = tags;
		this.shareRules = shareRules;
	}

	/**
	 * The resources of any site with these ids, for the platform's own services (search
	 * reading attachment texts); never for a person's request.
	 */
	public List<Asset> anySite(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return TenantContext.callPlatformWide(() -> this.assets.selectByIds(ids));
	}

	public Asset readable(GovsitePrincipal principal, long id) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, AssetService.READERS);
		Asset own = this.assets.selectById(id);
		if (own != null) {
			return own;
		}
		Asset other = TenantContext.callPlatformWide(() -> this.assets.selectById(id));
		if (other != null && other.getState() == AssetState.REGISTERED
				&& this.shareRules.stream().anyMatch(rule -> rule.sharedWith(other, site))) {
			return other;
		}
		throw GovsiteException.notFound("资源", "Asset", id);
	}

	/**
	 * Whether the site may use the resource in its content: its own (in any state, the
	 * publishing check decides about state) or another site's registered one shared with
	 * it. No principal: the caller already acts for the site.
	 */
	public boolean usableBy(long id, SiteRef site) {
		Asset asset = TenantContext.callPlatformWide(() -> this.assets.selectById(id));
		if (asset == null) {
			return false;
		}
		return asset.getSiteId() == site.id() || (asset.getState() == AssetState.REGISTERED
				&& this.shareRules.stream().anyMatch(rule -> rule.sharedWith(asset, site)));
	}

	/**
	 * A resource shown to the public on the site's pages: registered, the site's own or
	 * shared with it, its licence not expired. Anything else (a pending upload, a retired
	 * file, another site's private one) is not public there.
	 */
	public Optional<Asset> publicOn(long id, SiteRef site) {
		Asset asset = TenantContext.callPlatformWide(() -> this.assets.selectById(id));
		if (asset == null || asset.getState() != AssetState.REGISTERED) {
			return Optional.empty();
		}
		boolean usable = asset.getSiteId() == site.id()
				|| this.shareRules.stream().anyMatch(rule -> rule.sharedWith(asset, site));
		LocalDate expires = asset.getRightsExpireOn();
		boolean licensed = expires == null || !expires.isBefore(LocalDate.now(ZoneId.of("Asia/Shanghai")));
		return (usable && licensed) ? Optional.of(asset) : Optional.empty();
	}

	/** For each id, whether the request's site may publish content that uses it. */
	Usability usability(GovsitePrincipal principal, List<Long> ids) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, AssetService.READERS);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		List<Long> usable = new ArrayList<>();
		List<Usability.Refused> refused = new ArrayList<>();
		for (Long id : new TreeSet<>(ids)) {
			Asset asset = TenantContext.callPlatformWide(() -> this.assets.selectById(id));
			boolean own = asset != null && asset.getSiteId() == site.id();
			boolean visible = asset != null && asset.getState() == AssetState.REGISTERED
					&& (own || this.shareRules.stream().anyMatch(rule -> rule.sharedWith(asset, site)));
			if (visible && asset.getRightsExpireOn() != null && asset.getRightsExpireOn().isBefore(today)) {
				refused.add(new Usability.Refused(id, Usability.Reason.RIGHTS_EXPIRED));
			}
			else if (visible) {
				usable.add(id);
			}
			else {
				refused
					.add(new Usability.Refused(id, own ? Usability.Reason.NOT_REGISTERED : Usability.Reason.NOT_FOUND));
			}
		}
		return new Usability(usable, refused);
	}

	/** A resource the request's site owns (the tenant line filters), or not found. */
	public Asset owned(long id) {
		Asset asset = this.assets.selectById(id);
		if (asset == null) {
			throw GovsiteException.notFound("资源", "Asset", id);
		}
		return asset;
	}

	public List<String> tagsOf(Asset asset) {
		return TenantContext.callPlatformWide(
				() -> this.tags
					.selectList(new LambdaQueryWrapper<AssetTag>().eq(AssetTag::getAssetId, asset.getId())
						.orderByAsc(AssetTag::getTag))
					.stream()
					.map(AssetTag::getTag)
					.toList());
	}

	/** Whether a registered resource of another site is shared with a site. */
	public interface ShareRule {

		boolean sharedWith(Asset asset, SiteRef site);

	}

}
