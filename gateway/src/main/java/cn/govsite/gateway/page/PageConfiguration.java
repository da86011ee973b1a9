package cn.govsite.gateway.page;

import io.micrometer.observation.ObservationPredicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
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

	/**
	 * No {@code http.server.requests} observation for page requests: a timer and a
	 * long-task timer per page were a good part of a hit's cost, the gateway exports no
	 * metrics, and API requests keep theirs.
	 */
	@Bean
	ObservationPredicate pagesUnobserved() {
		return (name, context) -> !(context instanceof ServerRequestObservationContext server
				&& Paths.isPage(server.getCarrier().getPath().pathWithinApplication().value()));
	}

	@Bean
	PageCache pageCache(GatewayProperties properties) {
		GatewayProperties.Pages pages = properties.pages();
		return new PageCache(pages.maxEntries(), pages.maxBytes().toBytes(), pages.ttl().toMillis(),
				pages.maxStale().toMillis(), System::currentTimeMillis);
	}

}
