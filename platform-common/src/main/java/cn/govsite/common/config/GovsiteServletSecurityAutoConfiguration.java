package cn.govsite.common.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.security.JwtPrincipalConverter;
import cn.govsite.common.security.ProblemSecurityHandlers;
import cn.govsite.common.security.ServiceCallers;

/**
 * Every servlet service is an OAuth2 resource server: stateless, bearer JWTs from the
 * platform realm (audience {@code govsite-api}), health and the configured public paths
 * open, everything else signed in. Failures answer as problem details.
 */
@AutoConfiguration(after = GovsiteServletAutoConfiguration.class, beforeName = {
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ JwtDecoder.class, HttpSecurity.class })
public class GovsiteServletSecurityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	SecurityFilterChain govsiteSecurityFilterChain(HttpSecurity http, GovsiteProperties properties,
			ProblemSecurityHandlers problems) throws Exception {
		String[] publicPaths = properties.security().publicPaths().toArray(String[]::new);
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/error")
				.permitAll()
				.requestMatchers(publicPaths)
				.permitAll()
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer(
					server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(new JwtPrincipalConverter()))
						.authenticationEntryPoint(problems)
						.accessDeniedHandler(problems))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@ConditionalOnMissingBean
	ServiceCallers govsiteServiceCallers(GovsiteProperties properties) {
		return new ServiceCallers(properties.security().internalClients());
	}

}
