package cn.govsite.common.error;

import java.time.Duration;

/**
 * 请求过于频繁 — a client used up its limit; the problem says when to come back
 * ({@code Retry-After}), so well-behaved clients wait instead of hammering.
 */
public class RateLimitedException extends GovsiteException {

	private final Duration retryAfter;

	public RateLimitedException(Message detail, Duration retryAfter) {
		super(ProblemType.RATE_LIMITED, detail);
		this.retryAfter = retryAfter;
	}

	/** Whole seconds, at least one (the header's unit). */
	public long retryAfterSeconds() {
		return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
	}

}
