package cn.govsite.common.error;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the platform's problem details: {@code title}/{@code detail} in Chinese, the
 * English beside them in {@code titleEn}/{@code detailEn}, a {@code requestId}, and the
 * invalid fields in {@code errors}. Shared by the servlet services and the gateway.
 */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(ProblemType type, Message detail, List<FieldViolation> violations,
			String requestId) {
		return of(type, type.status(), detail, violations, requestId);
	}

	public static ProblemDetail of(ProblemType type, HttpStatusCode status, Message detail,
			List<FieldViolation> violations, String requestId) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(type.uri());
		problem.setTitle(type.title().zh());
		problem.setDetail(detail.zh());
		problem.setProperty("titleEn", type.title().en());
		problem.setProperty("detailEn", detail.en());
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
		if (!violations.isEmpty()) {
			problem.setProperty("errors", violations.stream()
				.map(v -> Map.of("field", v.field(), "message", v.message().zh(), "messageEn", v.message().en()))
				.toList());
		}
		return problem;
	}

	public static ProblemDetail of(GovsiteException ex, String requestId) {
		return of(ex.type(), ex.detail(), ex.violations(), requestId);
	}

}
