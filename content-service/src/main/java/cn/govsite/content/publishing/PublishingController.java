package cn.govsite.content.publishing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;

@RestController
class PublishingController {

	private final Publisher publisher;

	PublishingController(Publisher publisher) {
		this.publisher = publisher;
	}

	@PostMapping("/articles/{id}/publish")
	PublishResult publish(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return this.publisher.publish(principal, id);
	}

	@PostMapping("/articles/{id}/withdraw")
	PublishResult withdraw(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody(required = false) WithdrawRequest request) {
		return this.publisher.withdraw(principal, id, (request != null) ? request.opinion() : null);
	}

	/** Why the article is withdrawn (recorded in the audit). */
	record WithdrawRequest(@Size(max = 2000) String opinion) {

	}

}
