package cn.govsite.common.testapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.tenant.TenantContext;

@RestController
class ProbeController {

	record ProbeRequest(@NotBlank @Size(max = 20) String title, @Min(1) int count) {
	}

	@PostMapping("/public/probe")
	ProbeRequest echo(@Valid @RequestBody ProbeRequest request) {
		return request;
	}

	@GetMapping("/public/probe/missing")
	void missing() {
		throw GovsiteException.notFound("栏目", "Column", 7);
	}

	/** What a call answers when the object store is down. */
	@GetMapping("/public/probe/storage-down")
	String storageDown() {
		throw new cn.govsite.common.storage.StorageException(new java.net.ConnectException("Connection refused"));
	}

	@GetMapping("/public/probe/boom")
	void boom() {
		throw new IllegalStateException("secret internals of the database driver");
	}

	@GetMapping("/public/probe/site")
	String site() {
		return TenantContext.require().code();
	}

	@GetMapping("/admin/probe")
	String admin(@AuthenticationPrincipal GovsitePrincipal principal) {
		return principal.username();
	}

}
