package cn.govsite.asset.sharing;

import java.time.Instant;
import java.util.List;

/** Who may use a resource besides its owner, and how that came to be. */
record SharingView(long assetId, ShareLevel level, List<GrantView> grants, PlatformView platform,
		List<AuditView> audit) {

	static SharingView of(long assetId, ShareLevel level, List<AssetGrant> grants, PlatformShare platform,
			List<ShareAudit> audit) {
		return new SharingView(assetId, level,
				grants.stream()
					.map(g -> new GrantView(g.getGranteeSiteId(), g.getGrantedBy(), g.getGrantedAt()))
					.toList(),
				(platform != null) ? new PlatformView(platform.getSharedBy(), platform.getSharedAt()) : null,
				audit.stream()
					.map(a -> new AuditView(a.getAction(), a.getGranteeSiteId(), a.getActor(), a.getAt()))
					.toList());
	}

	record GrantView(long siteId, String grantedBy, Instant grantedAt) {
	}

	record PlatformView(String sharedBy, Instant sharedAt) {
	}

	record AuditView(ShareAction action, Long siteId, String actor, Instant at) {
	}

}
