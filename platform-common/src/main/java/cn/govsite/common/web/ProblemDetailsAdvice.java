package cn.govsite.common.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.error.Problems;
import cn.govsite.common.error.RateLimitedException;

/**
 * Turns every failure of a servlet service into RFC 9457 problem details in Chinese and
 * English. Nothing internal (stack traces, exception messages of libraries) reaches the
 * client; the request id links the answer to the log.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@ExceptionHandler(GovsiteException.class)
	ResponseEntity<ProblemDetail> govsite(GovsiteException ex, HttpServletRequest request) {
		return respond(Problems.of(ex, RequestIdFilter.of(request)));
	}

	@ExceptionHandler(RateLimitedException.class)
	ResponseEntity<ProblemDetail> rateLimited(RateLimitedException ex, HttpServletRequest request) {
		return ResponseEntity.status(ex.type().status())
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(ex, RequestIdFilter.of(request)));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException ex, HttpServletRequest request) {
		List<FieldViolation> violations = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(BilingualValidationMessages::of)
			.toList();
		return validation(violations, request);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request) {
		List<FieldViolation> violations = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldViolation(result.getMethodParameter().getParameterName(),
						Message.of(String.valueOf(error.getDefaultMessage()),
								String.valueOf(error.getDefaultMessage())))))
			.toList();
		return validation(violations, request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolations(ConstraintViolationException ex, HttpServletRequest request) {
		List<FieldViolation> violations = ex.getConstraintViolations()
			.stream()
			.map(v -> new FieldViolation(v.getPropertyPath().toString(), BilingualValidationMessages.of(v)))
			.toList();
		return validation(violations, request);
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MissingRequestHeaderException.class,
			MethodArgumentTypeMismatchException.class })
	ResponseEntity<ProblemDetail> badParameter(Exception ex, HttpServletRequest request) {
		String name = switch (ex) {
			case MissingServletRequestParameterException e -> e.getParameterName();
			case MissingRequestHeaderException e -> e.getHeaderName();
			case MethodArgumentTypeMismatchException e -> e.getName();
			default -> "?";
		};
		Message why = (ex instanceof MethodArgumentTypeMismatchException) ? Message.of("取值格式不正确", "has a wrong format")
				: Message.of("必须提供", "is required");
		return validation(List.of(new FieldViolation(name, why)), request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		return respond(Problems.of(ProblemType.MALFORMED_REQUEST,
				Message.of("请求体不是有效的 JSON，或字段类型不符", "The body is not valid JSON or a field has the wrong type"),
				List.of(), RequestIdFilter.of(request)));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		return respond(Problems.of(ProblemType.METHOD_NOT_ALLOWED,
				Message.of("此地址不支持 " + ex.getMethod() + " 请求", ex.getMethod() + " is not supported here"), List.of(),
				RequestIdFilter.of(request)));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
		return respond(Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
				Message.of("不支持的内容类型：" + ex.getContentType(), "Unsupported content type: " + ex.getContentType()),
				List.of(), RequestIdFilter.of(request)));
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> noResource(NoResourceFoundException ex, HttpServletRequest request) {
		return respond(Problems.of(ProblemType.NOT_FOUND,
				Message.of("地址不存在：" + ex.getResourcePath(), "No such path: " + ex.getResourcePath()), List.of(),
				RequestIdFilter.of(request)));
	}

	@ExceptionHandler({ MaxUploadSizeExceededException.class })
	ResponseEntity<ProblemDetail> tooLarge(Exception ex, HttpServletRequest request) {
		return respond(Problems.of(ProblemType.PAYLOAD_TOO_LARGE,
				Message.of("上传内容超过大小限制", "The upload exceeds the size limit"), List.of(), RequestIdFilter.of(request)));
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> multipart(MultipartException ex, HttpServletRequest request) {
		return respond(Problems.of(ProblemType.MALFORMED_REQUEST, Message.of("上传请求格式错误", "Malformed multipart request"),
				List.of(), RequestIdFilter.of(request)));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex, HttpServletRequest request) {
		return respond(Problems.of(ProblemType.FORBIDDEN, ProblemType.FORBIDDEN.title(), List.of(),
				RequestIdFilter.of(request)));
	}

	/**
	 * Lock conflicts that outlasted {@code LockConflicts}' retries: try again shortly.
	 */
	@ExceptionHandler(PessimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> busy(PessimisticLockingFailureException ex, HttpServletRequest request) {
		String requestId = RequestIdFilter.of(request);
		log.warn("{} {} lost to concurrent changes (request {}): {}", request.getMethod(), request.getRequestURI(),
				requestId, ex.getMostSpecificCause().getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "1")
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(ProblemType.SERVICE_UNAVAILABLE,
					Message.of("同时修改的操作较多，请稍后重试", "Too many changes at the same moment; try again shortly"), List.of(),
					requestId));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		String requestId = RequestIdFilter.of(request);
		if (ServerUnavailable.causedBy(ex)) {
			log.warn("{} {} failed because a server is unavailable (request {}): {}", request.getMethod(),
					request.getRequestURI(), requestId, ServerUnavailable.describe(ex));
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(ServerUnavailable.RETRY_AFTER.toSeconds()))
				.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.of(ProblemType.SERVICE_UNAVAILABLE,
						Message.of("依赖的服务暂时不可用，请稍后重试",
								"A server this service depends on is unavailable; try again shortly"),
						List.of(), requestId));
		}
		log.error("Unexpected failure of {} {} (request {})", request.getMethod(), request.getRequestURI(), requestId,
				ex);
		return respond(Problems.of(ProblemType.INTERNAL,
				Message.of("请求处理失败，请凭请求编号联系运维人员", "The request failed; quote the request id to the operators"),
				List.of(), requestId));
	}

	private ResponseEntity<ProblemDetail> validation(List<FieldViolation> violations, HttpServletRequest request) {
		return respond(Problems.of(ProblemType.VALIDATION,
				Message.of("请求中有 " + violations.size() + " 处错误", violations.size() + " field(s) are invalid"),
				violations, RequestIdFilter.of(request)));
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
