package cn.govsite.gateway.site;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import cn.govsite.common.error.Message;
import cn.govsite.gateway.error.ErrorPages;
import cn.govsite.gateway.site.SiteStatePolicy.Answer;
import cn.govsite.gateway.site.SiteStatePolicy.Gone;
import cn.govsite.gateway.site.SiteStatePolicy.Redirect;
import cn.govsite.gateway.site.SiteStatePolicy.Serve;
import cn.govsite.gateway.site.SiteStatePolicy.Unavailable;
import cn.govsite.gateway.web.Paths;
import cn.govsite.gateway.web.RequestIdWebFilter;

/**
 * Answers a site's published pages according to its lifecycle state
 * ({@link SiteStatePolicy}), right after the site is resolved. Only pages: API calls of
 * administrators work in every state.
 */
@Component
@Order(SiteResolutionFilter.ORDER + 2)
class SiteStateFilter implements WebFilter {

	private final SiteStatePolicy policy = new SiteStatePolicy(ZoneId.of("Asia/Shanghai"), Duration.ofHours(1));

	private final Clock clock = Clock.systemUTC();

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		Optional<SiteInfo> site = SiteResolutionFilter.of(exchange);
		boolean file = Paths.isSiteAsset(path);
		if ((!Paths.isPage(path) && !file) || site.isEmpty()) {
			return chain.filter(exchange);
		}
		Answer answer = this.policy.answer(site.get(), this.clock.instant());
		if (file && answer instanceof Serve) {
			// The pages' images follow the site's state, but keep asset-service's
			// caching.
			return chain.filter(exchange);
		}
		ServerHttpResponse response = exchange.getResponse();
		response.getHeaders().setCacheControl("no-store");
		return switch (answer) {
			case Serve serve -> chain.filter(exchange);
			case Unavailable down -> {
				response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(down.retryAfterSeconds()));
				yield page(exchange, HttpStatus.SERVICE_UNAVAILABLE, down.title(), down.notice());
			}
			case Gone gone -> page(exchange, HttpStatus.GONE, gone.title(), gone.notice());
			case Redirect redirect -> {
				response.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
				response.getHeaders().setLocation(redirect.location());
				yield response.setComplete();
			}
			case SiteStatePolicy.Hidden hidden -> page(exchange, HttpStatus.NOT_FOUND, ErrorPages.SITE_NOT_FOUND, null);
		};
	}

	private static Mono<Void> page(ServerWebExchange exchange, HttpStatus status, Message title, String notice) {
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(status);
		response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
		byte[] body = ErrorPages.render(status.value(), title, notice, RequestIdWebFilter.of(exchange))
			.getBytes(StandardCharsets.UTF_8);
		DataBuffer buffer = response.bufferFactory().wrap(body);
		return response.writeWith(Mono.just(buffer));
	}

}
