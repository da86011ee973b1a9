package cn.govsite.common.error;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * A kind of problem with a stable {@code type} URI (RFC 9457), its HTTP status and its
 * bilingual title. Clients branch on the URI, never on the wording.
 */
public record ProblemType(String slug, HttpStatus status, Message title) {

	static final String BASE = "https://govsite.cn/problems/";

	public static final ProblemType VALIDATION = new ProblemType("validation", HttpStatus.BAD_REQUEST,
			Message.of("请求参数校验失败", "Request validation failed"));

	public static final ProblemType MALFORMED_REQUEST = new ProblemType("malformed-request", HttpStatus.BAD_REQUEST,
			Message.of("请求格式错误", "Malformed request"));

	public static final ProblemType UNAUTHENTICATED = new ProblemType("unauthenticated", HttpStatus.UNAUTHORIZED,
			Message.of("需要登录", "Authentication required"));

	public static final ProblemType FORBIDDEN = new ProblemType("forbidden", HttpStatus.FORBIDDEN,
			Message.of("无权执行此操作", "Not allowed"));

	public static final ProblemType NOT_FOUND = new ProblemType("not-found", HttpStatus.NOT_FOUND,
			Message.of("资源不存在", "Not found"));

	public static final ProblemType SITE_NOT_FOUND = new ProblemType("site-not-found", HttpStatus.NOT_FOUND,
			Message.of("站点不存在", "Site not found"));

	public static final ProblemType SITE_REQUIRED = new ProblemType("site-required", HttpStatus.BAD_REQUEST,
			Message.of("请求未指明站点", "The request names no site"));

	public static final ProblemType CONFLICT = new ProblemType("conflict", HttpStatus.CONFLICT,
			Message.of("与现有数据冲突", "Conflicts with existing data"));

	public static final ProblemType INVALID_STATE = new ProblemType("invalid-state", HttpStatus.CONFLICT,
			Message.of("当前状态不允许此操作", "Not allowed in the current state"));

	public static final ProblemType METHOD_NOT_ALLOWED = new ProblemType("method-not-allowed",
			HttpStatus.METHOD_NOT_ALLOWED, Message.of("不支持的请求方法", "Method not allowed"));

	public static final ProblemType UNSUPPORTED_MEDIA_TYPE = new ProblemType("unsupported-media-type",
			HttpStatus.UNSUPPORTED_MEDIA_TYPE, Message.of("不支持的内容类型", "Unsupported media type"));

	public static final ProblemType PAYLOAD_TOO_LARGE = new ProblemType("payload-too-large",
			HttpStatus.CONTENT_TOO_LARGE, Message.of("请求内容过大", "Payload too large"));

	public static final ProblemType RATE_LIMITED = new ProblemType("rate-limited", HttpStatus.TOO_MANY_REQUESTS,
			Message.of("请求过于频繁，请稍后再试", "Too many requests, try again later"));

	public static final ProblemType SERVICE_UNAVAILABLE = new ProblemType("service-unavailable",
			HttpStatus.SERVICE_UNAVAILABLE, Message.of("服务暂时不可用", "Service temporarily unavailable"));

	public static final ProblemType INTERNAL = new ProblemType("internal", HttpStatus.INTERNAL_SERVER_ERROR,
			Message.of("服务器内部错误", "Internal server error"));

	public URI uri() {
		return URI.create(BASE + this.slug);
	}

}
