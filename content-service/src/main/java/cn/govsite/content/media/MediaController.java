package cn.govsite.content.media;

import java.time.Instant;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.TenantContext;

@RestController
class MediaController {

	private final MediaUsages usages;

	MediaController(MediaUsages usages) {
		this.usages = usages;
	}

	/** Where this site uses a library resource. */
	@GetMapping("/media/usages")
	List<UsageView> whereUsed(@AuthenticationPrincipal GovsitePrincipal principal, @RequestParam long assetId) {
		SiteAccess.requireSiteRole(principal, TenantContext.require(), Role.SITE_ADMIN, Role.EDITOR, Role.REVIEWER,
				Role.CHIEF);
		return this.usages.whereUsed(assetId)
			.stream()
			.map(usage -> new UsageView(usage.getArticleId(), usage.getAssetId(), usage.getRecordedAt()))
			.toList();
	}

	record UsageView(long articleId, long assetId, Instant recordedAt) {
	}

}
