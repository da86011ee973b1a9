package cn.govsite.gateway.console;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import cn.govsite.gateway.web.Paths;

/**
 * The console answers every non-API path on its own host, ahead of the published pages;
 * {@code /api/...} on that host still goes through the API routes (same origin, no CORS),
 * with the site named in {@code X-Govsite-Site}.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration {

	static final String ISSUER_PROPERTY = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> console(ConsoleProperties properties, Environment environment) {
		URI issuer = (properties.issuer() != null) ? properties.issuer()
				: URI.create(environment.getRequiredProperty(ISSUER_PROPERTY));
		ConsoleHandler handler = new ConsoleHandler(ConsoleAssets.load(getClass().getClassLoader()), issuer,
				properties.clientId());
		return RouterFunctions.route(onHost(properties.host()), handler::serve);
	}

	static RequestPredicate onHost(String consoleHost) {
		String expected = consoleHost.toLowerCase(Locale.ROOT);
		return request -> {
			String path = request.requestPath().pathWithinApplication().value();
			if (!Paths.isPage(path)) {
				return false;
			}
			var address = request.headers().asHttpHeaders().getHost();
			if (address == null) {
				return false;
			}
			String host = address.getHostString().toLowerCase(Locale.ROOT);
			return host.equals(expected) || host.equals(expected + ".");
		};
	}

}
