package cn.govsite.gateway.site;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.UriComponentsBuilder;

import cn.govsite.gateway.web.Paths;

/**
 * 原域名跳转 — a site's former English domain answers {@code 301} to the same path and query
 * on its current domain while the change's 3 months last (tenant-service resolves the
 * former domain to the site until it releases it; then it is an unknown host). API calls
 * are left alone: a form posted on a page loaded before the switch still reaches its
 * site. Runs right after {@link SiteResolutionFilter}, before the state pages.
 */
@Component
@Order(SiteResolutionFilter.ORDER + 1)
class FormerDomainFilter implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		Optional<SiteInfo> site = SiteResolutionFilter.of(exchange);
		if (site.isEmpty() || Paths.isApi(path) || Paths.isActuator(path)) {
			return chain.filter(exchange);
		}
		URI location = redirect(site.get(), exchange.getRequest().getURI());
		if (location == null) {
			return chain.filter(exchange);
		}
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		response.getHeaders().setLocation(location);
		return response.setComplete();
	}

	/**
	 * Where a request for {@code uri} goes when its host is the site's former domain
	 * (scheme, port, path and query kept); {@code null} otherwise.
	 */
	static URI redirect(SiteInfo site, URI uri) {
		String former = site.formerDomain();
		String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : null;
		if (former == null || site.domain() == null || host == null) {
			return null;
		}
		if (host.endsWith(".")) {
			host = host.substring(0, host.length() - 1);
		}
		if (!host.equals(former)) {
			return null;
		}
		return UriComponentsBuilder.fromUri(uri).host(site.domain()).build(true).toUri();
	}

}
