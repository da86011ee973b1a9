package cn.govsite.tenant.lifecycle;

import java.util.List;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;

/**
 * 拒绝 — why the lifecycle refused a transition: a stable reason code and a bilingual
 * message. Refusals of the site's state or history are conflicts (409
 * {@code invalid-state}); refusals of the request's own fields are 400 with the field.
 */
public record TransitionRefusal(Reason reason, Message message) {

	/** The reason codes; {@code field} is set for refusals of a request field. */
	public enum Reason {

		NOT_ALLOWED_IN_STATE(null), REASON_REQUIRED("reason"), NOTICE_REQUIRED("notice"), UNTIL_REQUIRED("until"),
		UNTIL_IN_PAST("until"), OFFLINE_TOO_LONG("until"), OFFLINE_LIMIT_REACHED(null),
		MIGRATION_TARGET_REQUIRED("migrationTarget"), MIGRATION_TARGET_INVALID("migrationTarget"),
		PORTAL_CANNOT_CLOSE(null), NOTICE_PERIOD_NOT_OVER(null), ATTACHMENT_REQUIRED("attachment"),
		SITE_IDENTIFIER_REQUIRED(null);

		private final String field;

		Reason(String field) {
			this.field = field;
		}

		public String field() {
			return this.field;
		}

		public boolean isConflict() {
			return this.field == null;
		}

	}

	/** The problem the edge answers with. */
	public GovsiteException toException() {
		if (this.reason.isConflict()) {
			return new GovsiteException(ProblemType.INVALID_STATE, this.message);
		}
		return new GovsiteException(ProblemType.VALIDATION, Message.of("请求参数校验失败", "Request validation failed"),
				List.of(new FieldViolation(this.reason.field(), this.message)));
	}

}
