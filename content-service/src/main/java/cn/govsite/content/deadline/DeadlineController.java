package cn.govsite.content.deadline;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;

@RestController
class DeadlineController {

	private final DeadlineService deadlines;

	DeadlineController(DeadlineService deadlines) {
		this.deadlines = deadlines;
	}

	/** 超期未发布 — the site's items past their publishing deadline. */
	@GetMapping("/late-items")
	List<DeadlineService.LateItem> late(@AuthenticationPrincipal GovsitePrincipal principal) {
		return this.deadlines.late(principal);
	}

}
