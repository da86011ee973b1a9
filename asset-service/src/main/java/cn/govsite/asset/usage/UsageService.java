package cn.govsite.asset.usage;

import java.util.List;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.govsite.asset.asset.Asset;
import cn.govsite.asset.asset.AssetReader;
import cn.govsite.asset.asset.RetirementCheck;
import cn.govsite.asset.sharing.RevocationCheck;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;

/**
 * 引用 — where resources are used, and the rule that follows: a resource in use is not
 * retired, and a share is not withdrawn from a site that uses it. The usages come from
 * content-service's events (see {@link MediaUsageConsumer}), so the check needs no call
 * to content-service and works while it is down; the price is that an article saved in
 * the instant before a retirement may not be counted yet, which content-service's own
 * check (only registered, usable resources may be published) closes from its side.
 */
@Service
class UsageService implements RetirementCheck, RevocationCheck {

	static final ProblemType IN_USE = new ProblemType("asset-in-use", HttpStatus.CONFLICT,
			Message.of("资源正在使用中", "The resource is in use"));

	private final AssetUsageMapper usages;

	private final AssetReader reader;

	UsageService(AssetUsageMapper usages, AssetReader reader) {
		this.usages = usages;
		this.reader = reader;
	}

	/**
	 * Where the resource is used: everywhere for its owner, only its own articles for a
	 * site it is shared with.
	 */
	List<UsageView> whereUsed(GovsitePrincipal principal, long assetId) {
		Asset asset = this.reader.readable(principal, assetId);
		SiteRef site = TenantContext.require();
		if (asset.getSiteId() == site.id()) {
			return all(assetId).stream().map(UsageView::of).toList();
		}
		return this.usages
			.selectList(new LambdaQueryWrapper<AssetUsage>().eq(AssetUsage::getAssetId, assetId)
				.orderByAsc(AssetUsage::getId))
			.stream()
			.map(UsageView::of)
			.toList();
	}

	@Override
	public void beforeRetire(Asset asset) {
		List<AssetUsage> found = all(asset.getId());
		if (!found.isEmpty()) {
			throw inUse(found, "退役", "retired");
		}
	}

	@Override
	public void beforeRevoke(Asset asset, LongPredicate losesAccess) {
		List<AssetUsage> found = all(asset.getId()).stream()
			.filter(usage -> losesAccess.test(usage.getSiteId()))
			.toList();
		if (!found.isEmpty()) {
			throw inUse(found, "撤销共享", "unshared");
		}
	}

	private List<AssetUsage> all(long assetId) {
		return TenantContext.callPlatformWide(
				() -> this.usages.selectList(new LambdaQueryWrapper<AssetUsage>().eq(AssetUsage::getAssetId, assetId)
					.orderByAsc(AssetUsage::getId)));
	}

	private static GovsiteException inUse(List<AssetUsage> found, String zh, String en) {
		String sites = found.stream()
			.map(usage -> Long.toString(usage.getSiteId()))
			.distinct()
			.collect(Collectors.joining(", "));
		return new GovsiteException(IN_USE,
				Message.of("资源被 " + found.size() + " 篇稿件引用（站点 " + sites + "），不能" + zh + "；请先在这些稿件中替换或移除",
						"The resource is used by " + found.size() + " article(s) (sites " + sites + ") and cannot be "
								+ en + "; replace or remove it there first"));
	}

}
