package cn.govsite.gateway.route;

import java.net.URI;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.Buildable;
import org.springframework.cloud.gateway.route.builder.PredicateSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.gateway.GatewayProperties;
import cn.govsite.gateway.web.Paths;

/**
 * The API routes: {@code /api/{service}/**} goes to the service with the
 * {@code /api/{service}} prefix removed ({@code /api/search?q=x} arrives as
 * {@code /?q=x}); the Authorization header travels unchanged. Public reads of search are
 * rate limited per client IP with a Redis token bucket; an exhausted bucket becomes a 429
 * problem ({@code GatewayErrorHandler}).
 */
@Configuration(proxyBeanMethods = false)
class ApiRoutes {

	static final String[] SERVICES = { "tenant", "content", "search", "asset" };

	@Bean
	RouteLocator apiRouteLocator(RouteLocatorBuilder builder, GatewayProperties properties,
			RedisRateLimiter searchRateLimiter, KeyResolver clientIpKeyResolver) {
		GatewayProperties.Services services = properties.services();
		return builder.routes()
			.route("search-public",
					route -> route.order(-1)
						.method(HttpMethod.GET, HttpMethod.HEAD)
						.and()
						.path(Paths.PUBLIC_SEARCH.toArray(String[]::new))
						// Public search needs no identity; an expired token must not make
						// it a 401 downstream.
						.filters(filters -> filters.stripPrefix(2)
							.removeRequestHeader(HttpHeaders.AUTHORIZATION)
							.requestRateLimiter(limit -> limit.setRateLimiter(searchRateLimiter)
								.setKeyResolver(clientIpKeyResolver)
								.setThrowOnLimit(true)))
						.uri(services.search()))
			// 公开资源: the library files published pages embed, on the site's host.
			// asset-service serves only the site's public ones, with ETag and caching;
			// no identity travels (a page's images are the same for everyone).
			.route("site-assets",
					route -> route.order(-1)
						.method(HttpMethod.GET, HttpMethod.HEAD)
						.and()
						.path("/assets/{id}/content", "/assets/{id}/variants/{width}")
						.filters(filters -> filters.removeRequestHeader(HttpHeaders.AUTHORIZATION)
							.removeRequestHeader(HttpHeaders.COOKIE)
							.rewritePath("^/assets/", "/public/assets/"))
						.uri(services.asset()))
			.route("search", route -> service(route, "search", services.search()))
			.route("tenant", route -> service(route, "tenant", services.tenant()))
			.route("content", route -> service(route, "content", services.content()))
			.route("asset", route -> service(route, "asset", services.asset()))
			.build();
	}

	private static Buildable<Route> service(PredicateSpec route, String name, URI uri) {
		return route.path("/api/" + name, "/api/" + name + "/**").filters(filters -> filters.stripPrefix(2)).uri(uri);
	}

	@Bean
	RedisRateLimiter searchRateLimiter(GatewayProperties properties) {
		return new RedisRateLimiter(properties.rateLimit().replenishRate(), properties.rateLimit().burstCapacity(), 1);
	}

	/**
	 * The client's IP as the bucket key, under the platform's Redis prefix so deployments
	 * and tests sharing a server do not share buckets.
	 */
	@Bean
	KeyResolver clientIpKeyResolver(GovsiteProperties govsite) {
		String prefix = govsite.redis().keyPrefix() + "ratelimit:search:";
		return exchange -> {
			var address = exchange.getRequest().getRemoteAddress();
			return (address != null && address.getAddress() != null)
					? Mono.just(prefix + address.getAddress().getHostAddress()) : Mono.empty();
		};
	}

}
