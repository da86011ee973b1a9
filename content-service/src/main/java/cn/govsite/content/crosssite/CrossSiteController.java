package cn.govsite.content.crosssite;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.content.article.ArticleView;

@RestController
class CrossSiteController {

	private final CrossSiteService crossSite;

	CrossSiteController(CrossSiteService crossSite) {
		this.crossSite = crossSite;
	}

	/** 报送 — pushes the item to a column of the site's parent portal. */
	@PostMapping("/articles/{id}/push")
	@ResponseStatus(HttpStatus.CREATED)
	PushView push(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody PushRequest request) {
		return PushView.of(this.crossSite.push(principal, id, request.columnId()));
	}

	/** The site's pushes and whether the parent adopted them. */
	@GetMapping("/pushes")
	List<PushView> pushes(@AuthenticationPrincipal GovsitePrincipal principal) {
		return this.crossSite.pushes(principal).stream().map(PushView::of).toList();
	}

	/** 转载 — copies another site's published item as a draft of this site. */
	@PostMapping("/reprints")
	@ResponseStatus(HttpStatus.CREATED)
	ArticleView reprint(@AuthenticationPrincipal GovsitePrincipal principal,
			@Valid @RequestBody ReprintRequest request) {
		return ArticleView
			.of(this.crossSite.reprint(principal, request.sourceSiteId(), request.sourceItemId(), request.columnId()));
	}

	/** The parent portal's column to push into. */
	record PushRequest(@NotNull @Positive Long columnId) {

	}

	/** The item to reprint (another site's, published) and this site's column for it. */
	record ReprintRequest(@NotNull @Positive Long sourceSiteId, @NotNull @Positive Long sourceItemId,
			@NotNull @Positive Long columnId) {

	}

	record PushView(long id, long itemId, long targetSiteId, String targetSiteName, long targetColumnId,
			long targetItemId, String pushedBy, Instant pushedAt, PushStatus status, String decidedBy,
			Instant decidedAt) {

		static PushView of(ItemPush push) {
			return new PushView(push.getId(), push.getItemId(), push.getTargetSiteId(), push.getTargetSiteName(),
					push.getTargetColumnId(), push.getTargetItemId(), push.getPushedBy(), push.getPushedAt(),
					push.getStatus(), push.getDecidedBy(), push.getDecidedAt());
		}

	}

}
