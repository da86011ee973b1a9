package cn.govsite.gateway.site;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.security.GovsiteAuthentication;
import cn.govsite.common.tenant.SiteHeaderSigner;
import cn.govsite.common.tenant.TenantHeaders;
import cn.govsite.gateway.web.Paths;

/**
 * 站点解析 — decides the site of every request and tells the services. Client-sent
 * resolved-site headers are always dropped: only this filter sets them. The site is the
 * one an API call names in {@code X-Govsite-Site} (the console), else the one whose
 * domain is the Host. A named site must exist (404), and a signed-in caller must hold a
 * role on it (403); a site that comes from the Host is not checked here because citizens
 * use a site's public API on its own domain, and the services decide on their use cases.
 * <p>
 * Runs after Spring Security (order -100), so the caller is known.
 */
@Component
@Order(SiteResolutionFilter.ORDER)
public class SiteResolutionFilter implements WebFilter {

	static final int ORDER = 0;

	/** Exchange attribute with the {@link SiteInfo} of the request, when it has one. */
	public static final String SITE_ATTRIBUTE = SiteResolutionFilter.class.getName() + ".site";

	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,30}");

	/** Names that can be a site's domain: at least one dot, letters in the top label. */
	private static final Pattern DOMAIN = Pattern.compile("([a-z0-9-]{1,63}\\.)+[a-z][a-z0-9-]{0,62}");

	private final SiteDirectory directory;

	private final SiteHeaderSigner signer;

	public SiteResolutionFilter(SiteDirectory directory, SiteHeaderSigner signer) {
		this.directory = directory;
		this.signer = signer;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest().mutate().headers(headers -> {
			headers.remove(TenantHeaders.RESOLVED_SITE_ID);
			headers.remove(TenantHeaders.RESOLVED_SITE_CODE);
			headers.remove(TenantHeaders.RESOLVED_SITE_SIGNATURE);
		}).build();
		ServerWebExchange stripped = exchange.mutate().request(request).build();
		String path = request.getPath().pathWithinApplication().value();
		if (Paths.isActuator(path)) {
			return chain.filter(stripped);
		}
		String named = Paths.isApi(path) ? request.getHeaders().getFirst(TenantHeaders.SITE) : null;
		Mono<Optional<SiteInfo>> site = (named != null && !named.isBlank()) ? named(stripped, named.strip(), path)
				: fromHost(request);
		return site.flatMap(found -> chain.filter(found.map(info -> withSite(stripped, info)).orElse(stripped)));
	}

	private Mono<Optional<SiteInfo>> named(ServerWebExchange exchange, String code, String path) {
		if (!CODE.matcher(code).matches()) {
			return Mono.error(GovsiteException.invalid(TenantHeaders.SITE,
					Message.of("站点代码格式不正确：" + code, "Not a site code: " + code)));
		}
		return this.directory.byCode(code).flatMap(found -> {
			if (found.isEmpty()) {
				return Mono.error(new GovsiteException(ProblemType.SITE_NOT_FOUND,
						Message.of("站点不存在：" + code, "No such site: " + code)));
			}
			if (Paths.isPublicSearch(exchange.getRequest().getMethod(), path) || Paths.isTenantPublic(path)) {
				return Mono.just(found);
			}
			return exchange.getPrincipal()
				.filter(GovsiteAuthentication.class::isInstance)
				.cast(GovsiteAuthentication.class)
				.flatMap(authentication -> authentication.getPrincipal().canAccessSite(code) ? Mono.just(found)
						: Mono.error(GovsiteException
							.forbidden(Message.of("您在站点 " + code + " 上没有任何角色", "You hold no role on site " + code))))
				.defaultIfEmpty(found);
		});
	}

	private Mono<Optional<SiteInfo>> fromHost(ServerHttpRequest request) {
		String host = hostOf(request.getHeaders().getFirst(HttpHeaders.HOST));
		if (host == null || host.length() > 253 || !DOMAIN.matcher(host).matches()) {
			// localhost, IP addresses and junk are nobody's domain: no look-up, no cache
			// entry.
			return Mono.just(Optional.empty());
		}
		return this.directory.byHost(host);
	}

	/**
	 * The host name of a {@code Host} header: lower case, without port and trailing dot;
	 * {@code null} for none or a bracketed IPv6 literal (never a site's domain). Not yet
	 * checked to be a domain.
	 */
	public static String hostOf(String header) {
		if (header == null || header.isEmpty() || header.charAt(0) == '[') {
			return null;
		}
		int colon = header.lastIndexOf(':');
		String host = header;
		if (colon >= 0) {
			for (int i = colon + 1; i < header.length(); i++) {
				if (header.charAt(i) < '0' || header.charAt(i) > '9') {
					return null;
				}
			}
			host = header.substring(0, colon);
		}
		host = host.toLowerCase(Locale.ROOT);
		if (!host.chars().allMatch(c -> c < 0x80)) {
			// A Chinese domain sent in Unicode (browsers send its punycode form).
			try {
				host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
	}

	private ServerWebExchange withSite(ServerWebExchange exchange, SiteInfo site) {
		exchange.getAttributes().put(SITE_ATTRIBUTE, site);
		return exchange.mutate().request(request -> request.headers(headers -> {
			headers.set(TenantHeaders.RESOLVED_SITE_ID, Long.toString(site.id()));
			headers.set(TenantHeaders.RESOLVED_SITE_CODE, site.code());
			headers.set(TenantHeaders.RESOLVED_SITE_SIGNATURE, this.signer.sign(site.id(), site.code()));
		})).build();
	}

	public static Optional<SiteInfo> of(ServerWebExchange exchange) {
		return Optional.ofNullable(exchange.getAttribute(SITE_ATTRIBUTE));
	}

}
