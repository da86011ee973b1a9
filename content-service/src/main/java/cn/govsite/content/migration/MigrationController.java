package cn.govsite.content.migration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.security.GovsitePrincipal;

/**
 * 网站整合迁移 — a site admin uploads a mapping file ({@code dryRun=true}: a preview, nothing
 * written), watches the job, cancels or resumes it and reads its report.
 */
@RestController
class MigrationController {

	/** A mapping file is a few kilobytes; this is generous. */
	private static final long MAX_MAPPING = 1024 * 1024;

	private final MigrationService migrations;

	MigrationController(MigrationService migrations) {
		this.migrations = migrations;
	}

	@PostMapping(path = "/migrations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> start(@AuthenticationPrincipal GovsitePrincipal principal,
			@RequestPart(name = "mapping", required = false) MultipartFile mapping,
			@RequestParam(name = "name", required = false) String name,
			@RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun) {
		String text = read(mapping);
		if (dryRun) {
			return ResponseEntity.ok(this.migrations.preview(principal, text));
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(JobView.of(this.migrations.queue(principal, name, text)));
	}

	@GetMapping("/migrations")
	List<JobView> list(@AuthenticationPrincipal GovsitePrincipal principal) {
		return this.migrations.recent(principal).stream().map(JobView::of).toList();
	}

	@GetMapping("/migrations/{id}")
	JobView get(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return JobView.of(this.migrations.get(principal, id));
	}

	@GetMapping("/migrations/{id}/report")
	MigrationService.Report report(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@RequestParam(name = "limit", defaultValue = "1000") int limit) {
		return this.migrations.report(principal, id, limit);
	}

	@PostMapping("/migrations/{id}/cancel")
	JobView cancel(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return JobView.of(this.migrations.cancel(principal, id));
	}

	@PostMapping("/migrations/{id}/resume")
	JobView resume(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return JobView.of(this.migrations.resume(principal, id));
	}

	private static String read(MultipartFile mapping) {
		if (mapping == null || mapping.isEmpty()) {
			return null;
		}
		if (mapping.getSize() > MAX_MAPPING) {
			throw GovsiteException.invalid("mapping",
					Message.of("映射文件不能超过 1 MB", "The mapping file may not exceed 1 MB"));
		}
		try {
			return new String(mapping.getBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw GovsiteException.invalid("mapping", Message.of("映射文件无法读取", "The mapping file cannot be read"));
		}
	}

	/** A job as the console shows it (the mapping file itself left out). */
	record JobView(long id, String name, MigrationState state, MigrationJob.Counts counts, String error,
			String createdBy, java.time.Instant createdAt, java.time.Instant startedAt, java.time.Instant finishedAt) {

		static JobView of(MigrationJob job) {
			return new JobView(job.id(), job.name(), job.state(), job.counts(), job.error(), job.createdBy(),
					job.createdAt(), job.startedAt(), job.finishedAt());
		}

	}

}
