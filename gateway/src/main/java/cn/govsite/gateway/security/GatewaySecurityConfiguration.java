package cn.govsite.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.web.server.ServerWebExchange;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.security.JwtPrincipalConverter;
import cn.govsite.gateway.error.GatewayErrorHandler;
import cn.govsite.gateway.web.Paths;

/**
 * The edge's security: a stateless resource server for the API (same realm, issuer and
 * audience as the services), published pages and the public read APIs open, security
 * headers on every answer.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

	@Bean
	SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ProblemSecurityResponses problems) {
		JwtPrincipalConverter principals = new JwtPrincipalConverter();
		http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.authorizeExchange(exchanges -> exchanges.pathMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.matchers(publicSearch())
				.permitAll()
				.pathMatchers("/api/tenant/public/**")
				.permitAll()
				// Citizens write to mailboxes and answer surveys without an account;
				// content-service
				// decides per endpoint (a signed-in citizen's token is still checked and
				// relayed).
				.pathMatchers("/api/content/public/**")
				.permitAll()
				.matchers(pages())
				.permitAll()
				// The pages' library files; asset-service serves only public ones.
				.matchers(siteAssets())
				.permitAll()
				.anyExchange()
				.authenticated())
			.oauth2ResourceServer(server -> server
				.jwt(jwt -> jwt.jwtAuthenticationConverter(
						token -> Mono.<AbstractAuthenticationToken>just(principals.convert(token))))
				.bearerTokenConverter(apiTokensOnly())
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.mode(Mode.SAMEORIGIN))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/**
	 * Requests the firewall refuses (encoded dots or slashes, backslashes, ...) get the
	 * same bilingual 400 as any other bad address, instead of an empty answer.
	 */
	@Bean
	ServerExchangeRejectedHandler rejectedExchanges(GatewayErrorHandler errors) {
		return (exchange, rejected) -> errors.handle(exchange, new GovsiteException(ProblemType.MALFORMED_REQUEST,
				Message.of("请求的地址无效", "The address of the request is not acceptable")));
	}

	private static ServerWebExchangeMatcher publicSearch() {
		return exchange -> Paths.isPublicSearch(exchange.getRequest().getMethod(),
				exchange.getRequest().getPath().pathWithinApplication().value()) ? MatchResult.match()
						: MatchResult.notMatch();
	}

	private static ServerWebExchangeMatcher pages() {
		return exchange -> Paths.isPage(exchange.getRequest().getPath().pathWithinApplication().value())
				? MatchResult.match() : MatchResult.notMatch();
	}

	private static ServerWebExchangeMatcher siteAssets() {
		return exchange -> {
			HttpMethod method = exchange.getRequest().getMethod();
			boolean read = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
			return (read && Paths.isSiteAsset(exchange.getRequest().getPath().pathWithinApplication().value()))
					? MatchResult.match() : MatchResult.notMatch();
		};
	}

	/**
	 * Tokens are read on API calls that can use them: a stray or expired Authorization
	 * header on a published page or a public search must not turn it into a 401.
	 */
	private static ServerBearerTokenAuthenticationConverter apiTokensOnly() {
		return new ServerBearerTokenAuthenticationConverter() {
			@Override
			public Mono<Authentication> convert(ServerWebExchange exchange) {
				String path = exchange.getRequest().getPath().pathWithinApplication().value();
				if (!Paths.isApi(path) || Paths.isPublicSearch(exchange.getRequest().getMethod(), path)) {
					return Mono.empty();
				}
				return super.convert(exchange);
			}
		};
	}

}
