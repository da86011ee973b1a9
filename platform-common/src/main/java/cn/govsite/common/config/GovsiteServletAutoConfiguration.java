package cn.govsite.common.config;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.security.web.AuthenticationEntryPoint;

import cn.govsite.common.security.ProblemSecurityHandlers;
import cn.govsite.common.tenant.SiteHeaderSigner;
import cn.govsite.common.tenant.TenantContextFilter;
import cn.govsite.common.web.ProblemDetailsAdvice;
import cn.govsite.common.web.RequestIdFilter;

/** Request ids, problem details and the tenant context for the servlet services. */
@AutoConfiguration(after = GovsiteCoreAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(AuthenticationEntryPoint.class)
public class GovsiteServletAutoConfiguration {

	/** Spring Security's filter chain runs at -100; the tenant filter runs after it. */
	static final int TENANT_FILTER_ORDER = 0;

	@Bean
	FilterRegistrationBean<RequestIdFilter> govsiteRequestIdFilter() {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	ProblemSecurityHandlers govsiteProblemSecurityHandlers(JsonMapper json) {
		return new ProblemSecurityHandlers(json);
	}

	@Bean
	FilterRegistrationBean<TenantContextFilter> govsiteTenantContextFilter(ProblemSecurityHandlers problems,
			SiteHeaderSigner signer) {
		FilterRegistrationBean<TenantContextFilter> registration = new FilterRegistrationBean<>(
				new TenantContextFilter(problems, signer));
		registration.setOrder(TENANT_FILTER_ORDER);
		return registration;
	}

	@Bean
	ProblemDetailsAdvice govsiteProblemDetailsAdvice() {
		return new ProblemDetailsAdvice();
	}

}
