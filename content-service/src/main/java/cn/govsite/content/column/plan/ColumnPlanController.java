package cn.govsite.content.column.plan;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.content.column.ColumnService;

@RestController
class ColumnPlanController {

	private static final long MAX_PLAN_BYTES = 1024 * 1024;

	private final ColumnPlanCatalog catalog;

	private final ColumnPlanService plans;

	ColumnPlanController(ColumnPlanCatalog catalog, ColumnPlanService plans) {
		this.catalog = catalog;
		this.plans = plans;
	}

	@GetMapping("/column-plans")
	List<PlanSummary> list(@AuthenticationPrincipal GovsitePrincipal principal) {
		return this.catalog.all().stream().map(PlanSummary::of).toList();
	}

	@PostMapping("/column-plans/{name}/apply")
	@ResponseStatus(HttpStatus.CREATED)
	ColumnPlanService.Applied apply(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable String name) {
		ColumnService.requireManager(principal);
		ColumnPlan plan = this.catalog.find(name)
			.orElseThrow(() -> GovsiteException.notFound("栏目方案", "Column plan", name));
		return this.plans.apply(principal, plan);
	}

	/** Applies an uploaded plan file; with {@code dryRun=true} only checks it. */
	@PostMapping("/column-plans/import")
	ResponseEntity<?> importPlan(@AuthenticationPrincipal GovsitePrincipal principal,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) {
		ColumnService.requireManager(principal);
		if (file == null || file.isEmpty()) {
			throw GovsiteException.invalid("file",
					Message.of("请上传方案文件（表单字段 file）", "Upload the plan file (form field file)"));
		}
		if (file.getSize() > MAX_PLAN_BYTES) {
			throw GovsiteException.invalid("file", Message.of("方案文件不能超过 1 MB", "A plan file is at most 1 MB"));
		}
		PlanReader.Result result = PlanReader.read(bytes(file));
		if (!result.valid()) {
			throw new GovsiteException(ProblemType.VALIDATION, Message.of("栏目方案有 " + result.problems().size() + " 处错误",
					"The column plan has " + result.problems().size() + " problems"), result.problems());
		}
		if (dryRun) {
			return ResponseEntity.ok(PlanSummary.of(result.plan()));
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(this.plans.apply(principal, result.plan()));
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A plan as the list shows it. */
	record PlanSummary(String name, int version, String title, String source, int columns) {

		static PlanSummary of(ColumnPlan plan) {
			return new PlanSummary(plan.name(), plan.version(), plan.title(), plan.source(), plan.size());
		}

	}

}
