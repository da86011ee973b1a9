package cn.govsite.tenant.backup;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;

/** Backing up and restoring a site's record: the data center's (platform admins). */
@RestController
class SiteBackupController {

	private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final SiteBackupService backups;

	SiteBackupController(SiteBackupService backups) {
		this.backups = backups;
	}

	@GetMapping(path = "/sites/{code}/backup")
	ResponseEntity<byte[]> export(@PathVariable String code, @AuthenticationPrincipal GovsitePrincipal principal) {
		// The type is set here, not with produces=: a refusal must still answer as a
		// problem
		// (with produces=zip it could not be written, and became a 500).
		return ResponseEntity.ok()
			.contentType(ZIP)
			.header("Content-Disposition", "attachment; filename=\"" + code + "-tenant.zip\"")
			.body(this.backups.export(code, principal));
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
