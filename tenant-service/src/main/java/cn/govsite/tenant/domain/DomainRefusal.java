package cn.govsite.tenant.domain;

import java.util.List;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;

/**
 * Why a domain step was refused: a stable reason and a bilingual message. Refusals of the
 * site's kind or state are conflicts (409 {@code invalid-state}), domains used elsewhere
 * 409 {@code conflict}, refusals of the request's own fields 400 with the field.
 */
public record DomainRefusal(Reason reason, Message message) {

	public enum Reason {

		DOMAIN_ASSIGNED(null), NOT_CHANGEABLE_IN_STATE(null), CHANGE_PENDING(null), FORMER_DOMAIN_REDIRECTING(null),
		NO_PENDING_CHANGE(null), NO_CHINESE_DOMAIN(null), DOMAIN_TAKEN(null), NEW_DOMAIN_INVALID("newDomain"),
		NEW_DOMAIN_UNCHANGED("newDomain"), EFFECTIVE_DATE_NOT_AHEAD("effectiveOn"), REASON_REQUIRED("reason"),
		CHINESE_DOMAIN_INVALID("domain");

		private final String field;

		Reason(String field) {
			this.field = field;
		}

		public String field() {
			return this.field;
		}

	}

	public GovsiteException toException() {
		if (this.reason == Reason.DOMAIN_TAKEN) {
			return GovsiteException.conflict(this.message);
		}
		if (this.reason.field() == null) {
			return new GovsiteException(ProblemType.INVALID_STATE, this.message);
		}
		return new GovsiteException(ProblemType.VALIDATION, Message.of("请求参数校验失败", "Request validation failed"),
				List.of(new FieldViolation(this.reason.field(), this.message)));
	}

}
