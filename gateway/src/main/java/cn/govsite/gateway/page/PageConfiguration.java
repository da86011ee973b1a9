package cn.govsite.gateway.page;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import cn.govsite.gateway.GatewayProperties;
import cn.govsite.gateway.web.Paths;

/**
 * Published pages answer every path outside {@code /api} and {@code /actuator}; the API
 * routes of Spring Cloud Gateway never see them.
 */
@Configuration(proxyBeanMethods = false)
class PageConfiguration {

	@Bean
	RouterFunction<ServerResponse> publishedPages(PageHandler pages) {
		return RouterFunctions.route(request -> Paths.isPage(request.requestPath().pathWithinApplication().value()),
				pages::serve);
	}

	@Bean
	PageCache pageCache(GatewayProperties properties) {
		GatewayProperties.Pages pages = properties.pages();
		return new PageCache(pages.maxEntries(), pages.maxBytes().toBytes(), pages.ttl().toMillis(),
				pages.maxStale().toMillis(), System::currentTimeMillis);
	}

}
