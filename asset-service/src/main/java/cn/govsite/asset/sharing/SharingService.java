package cn.govsite.asset.sharing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.govsite.asset.asset.Asset;
import cn.govsite.asset.asset.AssetReader;
import cn.govsite.asset.asset.AssetState;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;

/**
 * 共享 — who besides its owner may use a registered resource. A site admin grants it to
 * chosen sites; a platform admin shares it with every site. Every grant and revocation is
 * written to the audit trail in the same transaction.
 *
 * <p>
 * Revocation never breaks a page: while a site that would lose access still uses the
 * resource (usage references from content-service), the revocation is refused with
 * {@code asset-in-use} and the "where used" list tells the owner whom to ask. Copies
 * pinned per page were the alternative; they would bring back the duplicate, unregistered
 * files the library exists to prevent.
 */
@Service
public class SharingService {

	private final AssetReader reader;

	private final AssetGrantMapper grants;

	private final PlatformShareMapper platformShares;

	private final ShareAuditMapper audit;

	private final TransactionTemplate transactions;

	private final List<RevocationCheck> revocationChecks;

	private final Clock clock = Clock.systemUTC();

	SharingService(AssetReader reader, AssetGrantMapper grants, PlatformShareMapper platformShares,
			ShareAuditMapper audit, TransactionTemplate transactions, List<RevocationCheck> revocationChecks) {
		this.reader = reader;
		this.grants = grants;
		this.platformShares = platformShares;
		this.audit = audit;
		this.transactions = transactions;
		this.revocationChecks = revocationChecks;
	}

	SharingView sharing(GovsitePrincipal principal, long assetId) {
		SiteAccess.requireSiteRole(principal, TenantContext.require(), Role.SITE_ADMIN, Role.EDITOR);
		Asset asset = this.reader.owned(assetId);
		return view(asset);
	}

	SharingView grant(GovsitePrincipal principal, long assetId, long granteeSiteId) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, Role.SITE_ADMIN);
		Asset asset = this.reader.owned(assetId);
		requireRegistered(asset);
		if (granteeSiteId == site.id()) {
			throw GovsiteException.invalid("siteId",
					Message.of("不能授权给本站", "A site cannot be granted its own resource"));
		}
		Instant now = now();
		try {
			this.transactions.executeWithoutResult(status -> {
				AssetGrant grant = new AssetGrant();
				grant.setSiteId(site.id());
				grant.setAssetId(assetId);
				grant.setGranteeSiteId(granteeSiteId);
				grant.setGrantedBy(principal.username());
				grant.setGrantedAt(now);
				this.grants.insert(grant);
				record(asset, ShareAction.GRANT, granteeSiteId, principal, now);
			});
		}
		catch (DuplicateKeyException ex) {
			throw GovsiteException
				.conflict(Message.of("已授权给站点 " + granteeSiteId, "Already granted to site " + granteeSiteId));
		}
		return view(asset);
	}

	SharingView revoke(GovsitePrincipal principal, long assetId, long granteeSiteId) {
		SiteAccess.requireSiteRole(principal, TenantContext.require(), Role.SITE_ADMIN);
		Asset asset = this.reader.owned(assetId);
		LambdaQueryWrapper<AssetGrant> which = new LambdaQueryWrapper<AssetGrant>().eq(AssetGrant::getAssetId, assetId)
			.eq(AssetGrant::getGranteeSiteId, granteeSiteId);
		if (!this.grants.exists(which)) {
			throw GovsiteException.notFound("授权", "Grant", assetId + "→" + granteeSiteId);
		}
		boolean platformWide = this.platformShares.selectById(assetId) != null;
		this.revocationChecks
			.forEach(check -> check.beforeRevoke(asset, site -> !platformWide && site == granteeSiteId));
		Instant now = now();
		this.transactions.executeWithoutResult(status -> {
			this.grants.delete(which);
			record(asset, ShareAction.REVOKE, granteeSiteId, principal, now);
		});
		return view(asset);
	}

	SharingView sharePlatformWide(GovsitePrincipal principal, long assetId) {
		SiteAccess.requirePlatformAdmin(principal);
		Asset asset = this.reader.owned(assetId);
		requireRegistered(asset);
		Instant now = now();
		try {
			this.transactions.executeWithoutResult(status -> {
				PlatformShare share = new PlatformShare();
				share.setAssetId(assetId);
				share.setSiteId(asset.getSiteId());
				share.setSharedBy(principal.username());
				share.setSharedAt(now);
				this.platformShares.insert(share);
				record(asset, ShareAction.PLATFORM_SHARE, null, principal, now);
			});
		}
		catch (DuplicateKeyException ex) {
			throw GovsiteException.conflict(Message.of("已全平台共享", "Already shared platform-wide"));
		}
		return view(asset);
	}

	SharingView unsharePlatformWide(GovsitePrincipal principal, long assetId) {
		SiteAccess.requirePlatformAdmin(principal);
		Asset asset = this.reader.owned(assetId);
		if (this.platformShares.selectById(assetId) == null) {
			throw GovsiteException.notFound("全平台共享", "Platform-wide share", assetId);
		}
		Set<Long> granted = grantees(assetId);
		this.revocationChecks
			.forEach(check -> check.beforeRevoke(asset, site -> site != asset.getSiteId() && !granted.contains(site)));
		Instant now = now();
		this.transactions.executeWithoutResult(status -> {
			this.platformShares.deleteById(assetId);
			record(asset, ShareAction.PLATFORM_UNSHARE, null, principal, now);
		});
		return view(asset);
	}

	/** Ids of registered resources of other sites that the request's site may use. */
	List<Long> sharedWithMe() {
		SiteRef site = TenantContext.require();
		return TenantContext.callPlatformWide(() -> {
			Set<Long> ids = this.grants
				.selectList(new LambdaQueryWrapper<AssetGrant>().eq(AssetGrant::getGranteeSiteId, site.id()))
				.stream()
				.map(AssetGrant::getAssetId)
				.collect(Collectors.toCollection(java.util.TreeSet::new));
			this.platformShares
				.selectList(new LambdaQueryWrapper<PlatformShare>().ne(PlatformShare::getSiteId, site.id()))
				.forEach(share -> ids.add(share.getAssetId()));
			return List.copyOf(ids);
		});
	}

	private Set<Long> grantees(long assetId) {
		return this.grants.selectList(new LambdaQueryWrapper<AssetGrant>().eq(AssetGrant::getAssetId, assetId))
			.stream()
			.map(AssetGrant::getGranteeSiteId)
			.collect(Collectors.toSet());
	}

	private SharingView view(Asset asset) {
		List<AssetGrant> current = this.grants
			.selectList(new LambdaQueryWrapper<AssetGrant>().eq(AssetGrant::getAssetId, asset.getId())
				.orderByAsc(AssetGrant::getId));
		PlatformShare platform = this.platformShares.selectById(asset.getId());
		List<ShareAudit> trail = this.audit
			.selectList(new LambdaQueryWrapper<ShareAudit>().eq(ShareAudit::getAssetId, asset.getId())
				.orderByAsc(ShareAudit::getId));
		ShareLevel level = (platform != null) ? ShareLevel.PLATFORM
				: current.isEmpty() ? ShareLevel.PRIVATE : ShareLevel.GRANTED;
		return SharingView.of(asset.getId(), level, current, platform, trail);
	}

	private void record(Asset asset, ShareAction action, Long granteeSiteId, GovsitePrincipal principal, Instant at) {
		ShareAudit entry = new ShareAudit();
		entry.setSiteId(asset.getSiteId());
		entry.setAssetId(asset.getId());
		entry.setAction(action);
		entry.setGranteeSiteId(granteeSiteId);
		entry.setActor(principal.username());
		entry.setAt(at);
		this.audit.insert(entry);
	}

	private static void requireRegistered(Asset asset) {
		if (asset.getState() != AssetState.REGISTERED) {
			throw new GovsiteException(ProblemType.INVALID_STATE,
					Message.of("只有已登记的资源才能共享，当前状态为「" + asset.getState().zh() + "」",
							"Only a registered resource can be shared; this one is " + asset.getState()));
		}
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
	}

}
