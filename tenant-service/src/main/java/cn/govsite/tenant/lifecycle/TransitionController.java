package cn.govsite.tenant.lifecycle;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;

/** A site's lifecycle: move it, read its audited history. */
@RestController
@RequestMapping("/sites/{code}/transitions")
class TransitionController {

	private final TransitionService transitions;

	TransitionController(TransitionService transitions) {
		this.transitions = transitions;
	}

	@PostMapping
	ResponseEntity<TransitionView> move(@PathVariable String code, @Valid @RequestBody TransitionBody body,
			@AuthenticationPrincipal GovsitePrincipal principal) {
		SiteTransition moved = this.transitions.transition(code, body.toRequest(), principal);
		return ResponseEntity.created(URI.create("/sites/" + code + "/transitions/" + moved.getId()))
			.body(TransitionView.of(moved, this.transitions.columnTargets(moved)));
	}

	@GetMapping
	List<TransitionView> history(@PathVariable String code, @AuthenticationPrincipal GovsitePrincipal principal) {
		return this.transitions.history(code, principal)
			.stream()
			.map(t -> TransitionView.of(t, this.transitions.columnTargets(t)))
			.toList();
	}

}
