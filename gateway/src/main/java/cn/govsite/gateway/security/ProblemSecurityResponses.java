package cn.govsite.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.gateway.error.ProblemResponses;

/**
 * A missing or bad token answers 401, a refused one 403, both as problem details (the
 * reactive twin of platform-common's servlet handlers).
 */
@Component
public class ProblemSecurityResponses implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	private final ProblemResponses problems;

	public ProblemSecurityResponses(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		boolean presented = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
		Message detail = presented ? Message.of("令牌无效或已过期，请重新登录", "The token is invalid or expired; sign in again")
				: Message.of("此接口需要登录（Bearer 令牌）", "This endpoint needs a bearer token");
		exchange.getResponse()
			.getHeaders()
			.set(HttpHeaders.WWW_AUTHENTICATE, presented ? "Bearer error=\"invalid_token\"" : "Bearer");
		return this.problems.write(exchange, ProblemType.UNAUTHENTICATED, detail);
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return this.problems.write(exchange, ProblemType.FORBIDDEN, ProblemType.FORBIDDEN.title());
	}

}
