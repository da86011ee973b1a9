package cn.govsite.tenant.lifecycle;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /sites/{code}/transitions}; shapes here, rules in
 * {@link SiteLifecycle}.
 */
record TransitionBody(
		@NotNull @Pattern(regexp = LifecycleAction.PATTERN, message = "{govsite.lifecycle.action}") String action,
		@NotBlank @Size(max = 500) String reason, @Size(max = 2000) String notice, LocalDate until,
		@Size(max = 2000) String migrationTarget, @Size(max = 200) Map<String, @Size(max = 2000) String> columnTargets,
		@Size(max = 500) String attachment) {

	TransitionRequest toRequest() {
		return new TransitionRequest(LifecycleAction.valueOf(this.action), this.reason, this.notice, this.until,
				this.migrationTarget, this.columnTargets, this.attachment);
	}

}
