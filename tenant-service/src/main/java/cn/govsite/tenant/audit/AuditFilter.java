package cn.govsite.tenant.audit;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

import cn.govsite.common.web.RequestIdFilter;

/**
 * Writes an {@code audit_log} row for every administrative call (any method but
 * GET/HEAD/OPTIONS outside {@code /public} and the actuator), after it is answered, so
 * refusals (401, 403, 400, 409) are recorded as well as successes. Runs before Spring
 * Security to see the 401s; the caller's name comes from {@link AuditActorInterceptor}.
 * The row is written in its own statement: the call's transaction is over by then.
 */
@Component
@Order(AuditFilter.ORDER)
class AuditFilter extends OncePerRequestFilter {

	/** Just before Spring Security's filter chain (order -100). */
	static final int ORDER = -101;

	static final String ACTOR = AuditFilter.class.getName() + ".actor";

	private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);

	private final AuditLog audit;

	private final Clock clock;

	AuditFilter(AuditLog audit, Clock clock) {
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		String path = request.getRequestURI();
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || path.startsWith("/public/")
				|| path.startsWith("/actuator");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		finally {
			record(request, response);
		}
	}

	private void record(HttpServletRequest request, HttpServletResponse response) {
		try {
			Object actor = request.getAttribute(ACTOR);
			Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
			String action = request.getMethod() + " " + ((pattern != null) ? pattern : request.getRequestURI());
			this.audit.append((actor != null) ? actor.toString() : AuditEntry.ANONYMOUS, siteCode(request, response),
					action, request.getRequestURI(), response.getStatus(), ClientAddress
						.of(request.getHeader(cn.govsite.common.web.ClientAddress.HEADER), request.getRemoteAddr()),
					RequestIdFilter.of(request), this.clock.instant());
		}
		catch (RuntimeException ex) {
			// The answer is sent already; a lost audit row must be visible in the logs.
			log.error("Could not write the audit log of {} {}: {}", request.getMethod(), request.getRequestURI(),
					ex.toString());
		}
	}

	/** The site addressed by the path, or the one a creation made (its Location). */
	private static String siteCode(HttpServletRequest request, HttpServletResponse response) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables instanceof Map<?, ?> map && map.get("code") != null) {
			return truncate(map.get("code").toString());
		}
		String location = response.getHeader(HttpHeaders.LOCATION);
		if (location != null && location.startsWith("/sites/")) {
			String rest = URI.create(location).getPath().substring("/sites/".length());
			return truncate(rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest);
		}
		String path = request.getRequestURI();
		if (path.startsWith("/sites/")) {
			String rest = path.substring("/sites/".length());
			return truncate(rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest);
		}
		return null;
	}

	private static String truncate(String code) {
		return (code.length() <= 31) ? code : code.substring(0, 31);
	}

}
