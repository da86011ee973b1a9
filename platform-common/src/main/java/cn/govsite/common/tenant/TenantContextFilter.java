package cn.govsite.common.tenant;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.error.Problems;
import cn.govsite.common.security.ProblemSecurityHandlers;
import cn.govsite.common.web.RequestIdFilter;

/**
 * Puts the site the gateway resolved (and signed) into the {@link TenantContext} for the
 * request; unsigned or mismatched site headers are refused. Whether the caller may act on
 * it is the use case's decision ({@code SiteAccess}): a citizen writing to a mailbox
 * holds no role on the site and is still welcome.
 */
public class TenantContextFilter extends OncePerRequestFilter {

	private final ProblemSecurityHandlers problems;

	private final SiteHeaderSigner signer;

	public TenantContextFilter(ProblemSecurityHandlers problems, SiteHeaderSigner signer) {
		this.problems = problems;
		this.signer = signer;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = request.getHeader(TenantHeaders.RESOLVED_SITE_ID);
		String code = request.getHeader(TenantHeaders.RESOLVED_SITE_CODE);
		if (id == null || code == null) {
			chain.doFilter(request, response);
			return;
		}
		long siteId;
		try {
			siteId = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			this.problems.write(response, Problems.of(ProblemType.MALFORMED_REQUEST,
					Message.of("站点标识格式错误", "Malformed site id"), List.of(), RequestIdFilter.of(request)));
			return;
		}
		if (!this.signer.verify(siteId, code, request.getHeader(TenantHeaders.RESOLVED_SITE_SIGNATURE))) {
			this.problems.write(response,
					Problems.of(ProblemType.FORBIDDEN,
							Message.of("站点标识未经网关签名，请通过网关访问", "The site headers are not signed by the gateway"),
							List.of(), RequestIdFilter.of(request)));
			return;
		}
		TenantContext.Scope scope = TenantContext.open(new SiteRef(siteId, code));
		try {
			chain.doFilter(request, response);
		}
		finally {
			scope.close();
		}
	}

}
