package cn.govsite.gateway.route;

import java.util.Arrays;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;

/**
 * The services' OpenAPI descriptions ({@code /v3/api-docs}) are open on their own ports
 * for the tenant isolation matrix, but a map of every internal endpoint is no business of
 * the public: {@code /api/{service}/v3/**} answers 404 before security or routing look at
 * it, so signed-in or not, nobody learns it exists. The same holds for
 * {@code /api/{service}/internal/**}: service-to-service endpoints (the reindex's listing
 * of every published item) are for callers inside the cluster only, whatever token an
 * outsider holds.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class HiddenServiceDocsFilter implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if (isServiceDocs(path)) {
			return Mono.error(
					new GovsiteException(ProblemType.NOT_FOUND, Message.of("地址不存在：" + path, "No such path: " + path)));
		}
		return chain.filter(exchange);
	}

	/**
	 * {@code /api/{service}/v3...} or {@code /api/{service}/internal...}, read segment by
	 * segment as the route's prefix strip does: empty segments and matrix parameters
	 * ({@code ;x}) do not hide it.
	 */
	static boolean isServiceDocs(String path) {
		String[] segments = Arrays.stream(path.split("/"))
			.map(segment -> segment.split(";", -1)[0])
			.filter(segment -> !segment.isEmpty())
			.toArray(String[]::new);
		return segments.length >= 3 && segments[0].equals("api")
				&& (segments[2].equalsIgnoreCase("v3") || segments[2].equalsIgnoreCase("internal"));
	}

}
