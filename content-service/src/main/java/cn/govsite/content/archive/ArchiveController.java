package cn.govsite.content.archive;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.content.article.ArticleView;

@RestController
class ArchiveController {

	private final ArchiveService archive;

	ArchiveController(ArchiveService archive) {
		this.archive = archive;
	}

	@PostMapping("/articles/{id}/archive")
	ArticleView archiveItem(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody(required = false) ArchiveRequest request) {
		return ArticleView.of(this.archive.archiveItem(principal, id, (request != null) ? request.opinion() : null));
	}

	@PostMapping("/columns/{id}/archive")
	ArchiveService.Result archiveColumn(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return this.archive.archiveColumn(principal, id);
	}

	/** Why the item is archived (recorded in its audit). */
	record ArchiveRequest(@Size(max = 2000) String opinion) {

	}

}
