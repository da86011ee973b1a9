package cn.govsite.gateway.page;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import cn.govsite.common.web.RequestIds;
import cn.govsite.gateway.console.ConsoleProperties;
import cn.govsite.gateway.security.SecurityHeaders;
import cn.govsite.gateway.site.SiteDirectory;
import cn.govsite.gateway.site.SiteInfo;
import cn.govsite.gateway.site.SiteResolutionFilter;
import cn.govsite.gateway.site.SiteStatePolicy;
import cn.govsite.gateway.web.Paths;

/**
 * 页面快速通道 — answers a GET of a published page that this replica already holds, before
 * anything else runs: no security chain (a published page needs no token, and the chain's
 * headers are written here from {@link SecurityHeaders}), no routing, no site header
 * signing, no exchange copies. Only what is plainly a hit is answered: a plain path
 * (unreserved characters only, so nothing the firewall would refuse), a host whose site
 * is in this replica's memory and serves its pages, and a fresh page in
 * {@link PageCache}. Everything else, misses included, takes the full path
 * ({@link PageHandler}), which fills the caches, so state pages, 404s, old-URL redirects,
 * HEAD and stale-if-error behave as before.
 */
@Component
@Order(PageDeliveryFilter.ORDER)
public class PageDeliveryFilter implements WebFilter {

	/** First of all filters, even before the request id (set here itself). */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

	private final SiteDirectory sites;

	private final PageCache cache;

	private final String consoleHost;

	/** Requests answered here (the rest took the full path). */
	private final LongAdder hits = new LongAdder();

	public PageDeliveryFilter(SiteDirectory sites, PageCache cache, ConsoleProperties console) {
		this.sites = sites;
		this.cache = cache;
		this.consoleHost = console.host().toLowerCase(Locale.ROOT);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		PageReply reply = hit(exchange.getRequest());
		if (reply == null) {
			return chain.filter(exchange);
		}
		this.hits.increment();
		return answer(exchange, reply);
	}

	/** How many requests were answered here since start. */
	public long hits() {
		return this.hits.sum();
	}

	/** The answer when the request is a plain hit, else {@code null}. */
	private PageReply hit(ServerHttpRequest request) {
		if (!HttpMethod.GET.equals(request.getMethod())) {
			return null;
		}
		String path = request.getPath().pathWithinApplication().value();
		if (!plain(path) || !Paths.isPage(path)) {
			return null;
		}
		HttpHeaders headers = request.getHeaders();
		if (headers.getContentLength() > 0 || headers.containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
			// A GET with a body is odd; the full path applies the body limits to it.
			return null;
		}
		String host = SiteResolutionFilter.hostOf(headers.getFirst(HttpHeaders.HOST));
		if (host == null || host.equals(this.consoleHost)) {
			// The console's own router answers its host ahead of pages.
			return null;
		}
		SiteInfo site = this.sites.knownHost(host);
		if (site == null || !SiteStatePolicy.servesPages(site)) {
			return null;
		}
		Optional<String> key = PagePaths.objectKey(site.code(), path);
		Optional<PageCache.Page> page = key.isPresent() ? this.cache.get(key.get()) : Optional.empty();
		if (page.isEmpty()) {
			return null;
		}
		return PageReply.of(page.get(), headers.getFirst(HttpHeaders.IF_NONE_MATCH),
				headers.getFirst(HttpHeaders.ACCEPT_ENCODING));
	}

	private static Mono<Void> answer(ServerWebExchange exchange, PageReply reply) {
		ServerHttpResponse response = exchange.getResponse();
		HttpHeaders headers = response.getHeaders();
		String incoming = exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER);
		headers.set(RequestIds.HEADER, (incoming != null) ? RequestIds.keepOrCreate(incoming) : newRequestId());
		SecurityHeaders.writeTo(headers);
		reply.writeHeaders(headers);
		response.setStatusCode(reply.status());
		byte[] body = reply.body();
		return (body != null) ? response.writeWith(Mono.just(response.bufferFactory().wrap(body)))
				: response.setComplete();
	}

	/**
	 * A random version-4 UUID from the thread's own generator: an id to find log lines by
	 * needs no secure randomness, and {@code UUID.randomUUID()}'s shared SecureRandom was
	 * a lock every hit took.
	 */
	static String newRequestId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long most = (random.nextLong() & ~0xF000L) | 0x4000L;
		long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least).toString();
	}

	/**
	 * Only unreserved characters and slashes: no percent-encoding, semicolons or
	 * backslashes, which the full path's firewall and {@link PagePaths} judge.
	 */
	static boolean plain(String path) {
		if (path.isEmpty() || path.length() > PagePaths.MAX_LENGTH) {
			return false;
		}
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/'
					|| c == '-' || c == '.' || c == '_' || c == '~';
			if (!unreserved) {
				return false;
			}
		}
		return true;
	}

}
