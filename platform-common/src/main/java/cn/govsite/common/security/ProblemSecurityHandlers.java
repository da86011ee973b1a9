package cn.govsite.common.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.error.Problems;
import cn.govsite.common.web.RequestIdFilter;

/**
 * Answers a missing or bad token with 401 and a refused one with 403, as problem details.
 */
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json;

	public ProblemSecurityHandlers(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		boolean presented = request.getHeader("Authorization") != null;
		Message detail = presented ? Message.of("令牌无效或已过期，请重新登录", "The token is invalid or expired; sign in again")
				: Message.of("此接口需要登录（Bearer 令牌）", "This endpoint needs a bearer token");
		response.setHeader("WWW-Authenticate", presented ? "Bearer error=\"invalid_token\"" : "Bearer");
		write(response, Problems.of(ProblemType.UNAUTHENTICATED, detail, List.of(), RequestIdFilter.of(request)));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(response, Problems.of(ProblemType.FORBIDDEN, ProblemType.FORBIDDEN.title(), List.of(),
				RequestIdFilter.of(request)));
	}

	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
