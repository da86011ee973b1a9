package cn.govsite.search.reindex;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.SiteAccess;

/**
 * Full reindex for platform admins: the index spans every site, so no site role is
 * enough.
 */
@RestController
class ReindexController {

	private final Reindexer reindexer;

	ReindexController(Reindexer reindexer) {
		this.reindexer = reindexer;
	}

	@PostMapping("/admin/reindex")
	@ResponseStatus(HttpStatus.ACCEPTED)
	ReindexJob.View start(@AuthenticationPrincipal GovsitePrincipal principal) {
		SiteAccess.requirePlatformAdmin(principal);
		return this.reindexer.start().view();
	}

	@GetMapping("/admin/reindex/{id}")
	ReindexJob.View progress(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable String id) {
		SiteAccess.requirePlatformAdmin(principal);
		return this.reindexer.job(id)
			.map(ReindexJob::view)
			.orElseThrow(
					() -> new GovsiteException(ProblemType.NOT_FOUND, Message.of("没有这个重建索引任务", "No such reindex job")));
	}

}
