package cn.govsite.content.backup;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;

/** Backing up the request's site and restoring one: platform admins only. */
@RestController
class SiteBackupController {

	private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final SiteBackupService backups;

	SiteBackupController(SiteBackupService backups) {
		this.backups = backups;
	}

	@GetMapping(path = "/backup")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal GovsitePrincipal principal) {
		return ResponseEntity.ok().body(this.backups.export(principal));
	}

	/** The archive is the request body ({@code application/zip}). */
	@PostMapping(path = "/backups/restore")
	ResponseEntity<SiteBackupService.Restored> restore(HttpServletRequest request,
			@AuthenticationPrincipal GovsitePrincipal principal) throws IOException {
		try (InputStream body = request.getInputStream()) {
			return ResponseEntity.status(HttpStatus.CREATED).body(this.backups.restore(body, principal));
		}
	}

}
