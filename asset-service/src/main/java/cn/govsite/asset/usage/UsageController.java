package cn.govsite.asset.usage;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;

@RestController
class UsageController {

	private final UsageService usages;

	UsageController(UsageService usages) {
		this.usages = usages;
	}

	/** 引用位置 — where the resource is used. */
	@GetMapping("/assets/{id}/usages")
	List<UsageView> whereUsed(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return this.usages.whereUsed(principal, id);
	}

}
