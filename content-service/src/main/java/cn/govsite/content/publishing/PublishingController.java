package cn.govsite.content.publishing;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

}
