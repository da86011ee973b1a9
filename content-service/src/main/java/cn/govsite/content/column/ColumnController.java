package cn.govsite.content.column;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
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
	ColumnView create(@AuthenticationPrincipal GovsitePrincipal principal,
			@Valid @RequestBody CreateColumnRequest request) {
		return ColumnView.of(this.columns.create(principal, request));
	}

	@GetMapping("/columns")
	List<ColumnView> list(@AuthenticationPrincipal GovsitePrincipal principal) {
		return this.columns.list(principal).stream().map(ColumnView::of).toList();
	}

}
