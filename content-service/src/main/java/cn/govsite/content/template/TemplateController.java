package cn.govsite.content.template;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;

/**
 * The site admin's template endpoints; previews are publishing's (they need its data).
 */
@RestController
class TemplateController {

	private final TemplateService templates;

	TemplateController(TemplateService templates) {
		this.templates = templates;
	}

	@GetMapping("/templates")
	List<TemplateViews.Summary> list(@AuthenticationPrincipal GovsitePrincipal principal) {
		return this.templates.list(principal);
	}

	@GetMapping("/templates/{name}")
	TemplateViews.Detail detail(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable String name) {
		return this.templates.detail(principal, TemplateService.name(name));
	}

	@GetMapping("/templates/{name}/versions/{version}")
	TemplateViews.Version version(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable String name,
			@PathVariable int version) {
		return this.templates.version(principal, TemplateService.name(name), version);
	}

	@PostMapping("/templates/{name}/versions")
	@ResponseStatus(HttpStatus.CREATED)
	TemplateViews.Version save(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable String name,
			@Valid @RequestBody TemplateViews.SaveRequest request) {
		return this.templates.save(principal, TemplateService.name(name), request);
	}

	@PostMapping("/templates/{name}/versions/{version}/activate")
	TemplateViews.Version activate(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable String name,
			@PathVariable int version) {
		return this.templates.activate(principal, TemplateService.name(name), version);
	}

	@PostMapping("/templates/{name}/rollback")
	TemplateViews.Summary rollback(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable String name) {
		return this.templates.rollback(principal, TemplateService.name(name));
	}

}
