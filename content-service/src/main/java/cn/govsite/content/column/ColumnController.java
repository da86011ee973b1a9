package cn.govsite.content.column;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;

@RestController
class ColumnController {

	private final ColumnService columns;

	ColumnController(ColumnService columns) {
		this.columns = columns;
	}

	@PostMapping("/columns")
	@ResponseStatus(HttpStatus.CREATED)
	ColumnView create(@AuthenticationPrincipal GovsitePrincipal principal, @Valid @RequestBody ColumnRequest request) {
		return ColumnView.of(this.columns.create(principal, request));
	}

	@GetMapping("/columns")
	List<ColumnView> list(@AuthenticationPrincipal GovsitePrincipal principal) {
		return this.columns.list(principal).stream().map(ColumnView::of).toList();
	}

	@GetMapping("/columns/tree")
	List<ColumnView> tree(@AuthenticationPrincipal GovsitePrincipal principal) {
		return this.columns.tree(principal);
	}

	@GetMapping("/columns/{id}")
	ColumnView get(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return ColumnView.of(this.columns.get(principal, id));
	}

	@PutMapping("/columns/{id}")
	ColumnView update(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody ColumnRequest request) {
		return ColumnView.of(this.columns.update(principal, id, request));
	}

	@DeleteMapping("/columns/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		this.columns.delete(principal, id);
	}

	@PostMapping("/columns/{id}/move")
	ColumnView move(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody MoveColumnRequest request) {
		return ColumnView.of(this.columns.move(principal, id, request));
	}

}
