package cn.govsite.gateway.error;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.gateway.web.Paths;
import cn.govsite.gateway.web.RequestIdWebFilter;

/**
 * Every failure at the edge becomes problem details for the API (and for clients that ask
 * for JSON) or a bilingual HTML page for visitors of published sites. Runs before Boot's
 * error handler (order -1), so no whitelabel page and no stack trace ever leaves.
 */
@Component
@Order(-2)
public class GatewayErrorHandler implements WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

	private final ProblemResponses problems;

	public GatewayErrorHandler(ProblemResponses problems) {
		this.problems = problems;
	}

	/** What went wrong, in the platform's terms. */
	record Failure(ProblemType type, HttpStatusCode status, Message detail, List<FieldViolation> violations) {

		static Failure of(ProblemType type, Message detail) {
			return new Failure(type, type.status(), detail, List.of());
		}

	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.error(ex);
		}
		Failure failure = classify(exchange, ex);
		// Headers meant for a success (rate-limit counters stay; caching does not).
		response.getHeaders().remove(HttpHeaders.ETAG);
		response.getHeaders().setCacheControl("no-store");
		if (failure.type() == ProblemType.RATE_LIMITED) {
			// Buckets refill at least one token a second: a second's wait finds one.
			response.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
		}
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if (Paths.isApi(path) || Paths.isActuator(path) || wantsJson(exchange)) {
			return this.problems.write(exchange, failure.type(), failure.status(), failure.detail(),
					failure.violations());
		}
		return html(exchange, failure);
	}

	private Failure classify(ServerWebExchange exchange, Throwable ex) {
		if (ex instanceof GovsiteException govsite) {
			return new Failure(govsite.type(), govsite.type().status(), govsite.detail(), govsite.violations());
		}
		if (ex instanceof HttpClientErrorException client && client.getStatusCode().value() == 429) {
			return Failure.of(ProblemType.RATE_LIMITED, ProblemType.RATE_LIMITED.title());
		}
		if (ex instanceof ResponseStatusException status) {
			return byStatus(exchange, status.getStatusCode());
		}
		if (causedBy(ex, ConnectException.class) || causedBy(ex, UnknownHostException.class)) {
			return Failure.of(ProblemType.SERVICE_UNAVAILABLE,
					Message.of("后端服务暂时不可用，请稍后再试", "The service behind this address is unavailable; try again later"));
		}
		if (causedBy(ex, TimeoutException.class)) {
			return new Failure(ProblemType.SERVICE_UNAVAILABLE, HttpStatus.GATEWAY_TIMEOUT,
					Message.of("后端服务响应超时", "The service did not answer in time"), List.of());
		}
		log.error("Unexpected failure of {} {} (request {})", exchange.getRequest().getMethod(),
				exchange.getRequest().getPath(), RequestIdWebFilter.of(exchange), ex);
		return Failure.of(ProblemType.INTERNAL,
				Message.of("请求处理失败，请凭请求编号联系运维人员", "The request failed; quote the request id to the operators"));
	}

	private static Failure byStatus(ServerWebExchange exchange, HttpStatusCode status) {
		String path = exchange.getRequest().getPath().value();
		return switch (status.value()) {
			case 400 -> Failure.of(ProblemType.MALFORMED_REQUEST, ProblemType.MALFORMED_REQUEST.title());
			case 404 -> Failure.of(ProblemType.NOT_FOUND, Message.of("地址不存在：" + path, "No such path: " + path));
			case 405 -> Failure.of(ProblemType.METHOD_NOT_ALLOWED,
					Message.of("此地址不支持 " + exchange.getRequest().getMethod() + " 请求",
							exchange.getRequest().getMethod() + " is not supported here"));
			case 413 -> Failure.of(ProblemType.PAYLOAD_TOO_LARGE, ProblemType.PAYLOAD_TOO_LARGE.title());
			case 415 -> Failure.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, ProblemType.UNSUPPORTED_MEDIA_TYPE.title());
			case 429 -> Failure.of(ProblemType.RATE_LIMITED, ProblemType.RATE_LIMITED.title());
			case 502, 503 -> Failure.of(ProblemType.SERVICE_UNAVAILABLE, ProblemType.SERVICE_UNAVAILABLE.title());
			case 504 -> new Failure(ProblemType.SERVICE_UNAVAILABLE, status,
					Message.of("后端服务响应超时", "The service did not answer in time"), List.of());
			default -> (status.is4xxClientError())
					? new Failure(ProblemType.MALFORMED_REQUEST, status, ProblemType.MALFORMED_REQUEST.title(),
							List.of())
					: new Failure(ProblemType.INTERNAL, status, ProblemType.INTERNAL.title(), List.of());
		};
	}

	private static Mono<Void> html(ServerWebExchange exchange, Failure failure) {
		Message title = switch (failure.type().slug()) {
			case "site-not-found" -> ErrorPages.SITE_NOT_FOUND;
			case "not-found" -> ErrorPages.PAGE_NOT_FOUND;
			case "service-unavailable" -> ErrorPages.UNAVAILABLE;
			case "validation", "malformed-request" -> ErrorPages.BAD_REQUEST;
			default -> (failure.status().is4xxClientError()) ? failure.type().title() : ErrorPages.FAILED;
		};
		byte[] body = ErrorPages.render(failure.status().value(), title, RequestIdWebFilter.of(exchange))
			.getBytes(StandardCharsets.UTF_8);
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(failure.status());
		response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
	}

	/** A client that asks for JSON and not for HTML gets problem details everywhere. */
	private static boolean wantsJson(ServerWebExchange exchange) {
		List<MediaType> accepted;
		try {
			accepted = exchange.getRequest().getHeaders().getAccept();
		}
		catch (RuntimeException ex) {
			return false;
		}
		boolean json = accepted.stream()
			.anyMatch(type -> MediaType.APPLICATION_JSON.isCompatibleWith(type) && !type.isWildcardType()
					|| MediaType.APPLICATION_PROBLEM_JSON.includes(type));
		boolean html = accepted.stream()
			.anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
		return json && !html;
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
