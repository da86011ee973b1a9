package cn.govsite.tenant.domain;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;

/**
 * The data center's domain steps on one site (platform admins only): its Chinese domain,
 * and the announced change of its English domain.
 */
@RestController
@RequestMapping("/sites/{code}/domains")
class DomainChangeController {

	private final DomainService domains;

	DomainChangeController(DomainService domains) {
		this.domains = domains;
	}

	@PutMapping("/chinese")
	SiteDomains setChinese(@PathVariable String code, @Valid @RequestBody ChineseDomainBody body,
			@AuthenticationPrincipal GovsitePrincipal principal) {
		return this.domains.setChineseDomain(code, body.domain(), body.reason(), principal);
	}

	@DeleteMapping("/chinese")
	SiteDomains releaseChinese(@PathVariable String code,
			@RequestParam(required = false) @Size(max = 500) String reason,
			@AuthenticationPrincipal GovsitePrincipal principal) {
		return this.domains.releaseChineseDomain(code, reason, principal);
	}

	@PostMapping("/change")
	@ResponseStatus(HttpStatus.CREATED)
	SiteDomains announce(@PathVariable String code, @Valid @RequestBody ChangeBody body,
			@AuthenticationPrincipal GovsitePrincipal principal) {
		return this.domains.announceChange(code, body.newDomain(), body.effectiveOn(), body.reason(), principal);
	}

	@DeleteMapping("/change")
	SiteDomains cancel(@PathVariable String code, @RequestParam(required = false) @Size(max = 500) String reason,
			@AuthenticationPrincipal GovsitePrincipal principal) {
		return this.domains.cancelChange(code, reason, principal);
	}

	/** Unicode ({@code 示范县人民政府.政务}) or punycode form. */
	record ChineseDomainBody(@NotBlank @Size(max = 253) String domain, @Size(max = 500) String reason) {
	}

	/** 域名变更公告: the new English domain, the day it takes over, and why. */
	record ChangeBody(@NotBlank @Size(max = 253) String newDomain, @NotNull LocalDate effectiveOn,
			@NotBlank @Size(max = 500) String reason) {
	}

}
