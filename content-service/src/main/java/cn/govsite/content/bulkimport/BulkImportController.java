package cn.govsite.content.bulkimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.govsite.common.security.GovsitePrincipal;

@RestController
class BulkImportController {

	private final BulkImports imports;

	BulkImportController(BulkImports imports) {
		this.imports = imports;
	}

	/**
	 * Uploads a CSV, JSON or XLSX file of items into a column: 202 with the queued run
	 * (200 with the first run when the import key was used before; 200 with the row count
	 * for {@code dryRun=true}); a file with bad rows is a 400 listing each.
	 */
	@PostMapping("/imports")
	ResponseEntity<BulkImports.Checked> start(@AuthenticationPrincipal GovsitePrincipal principal,
			@RequestParam long columnId, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String format, @RequestParam(required = false) String importKey,
			@RequestParam(defaultValue = "false") boolean dryRun) {
		byte[] bytes = (file != null) ? bytes(file) : null;
		String name = (file != null) ? file.getOriginalFilename() : null;
		BulkImports.Checked checked = this.imports.start(principal, columnId, format, name, bytes, importKey, dryRun);
		boolean fresh = checked.run() != null && !checked.repeated();
		return ResponseEntity.status(fresh ? HttpStatus.ACCEPTED : HttpStatus.OK).body(checked);
	}

	@GetMapping("/imports/{id}")
	ImportRun get(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return this.imports.get(principal, id);
	}

	@GetMapping("/imports")
	List<ImportRun> recent(@AuthenticationPrincipal GovsitePrincipal principal,
			@RequestParam(required = false) Long columnId, @RequestParam(defaultValue = "20") int limit) {
		return this.imports.recent(principal, columnId, limit);
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
