package cn.govsite.gateway.console;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;

import cn.govsite.common.error.GovsiteException;

/**
 * 管理控制台 — serves the single-page console: its built files, {@code index.html} for every
 * other path (the console's router takes it from there), and {@code /console-config.json}
 * with where to sign in. Hashed files under {@code /assets/} are cached for a year;
 * everything else is revalidated, so a new build shows at the next load.
 */
final class ConsoleHandler {

	static final String CONFIG_PATH = "/console-config.json";

	private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private static final CacheControl REVALIDATE = CacheControl.noCache();

	private final ConsoleAssets assets;

	private final Map<String, String> config;

	private final String contentSecurityPolicy;

	ConsoleHandler(ConsoleAssets assets, URI issuer, String clientId) {
		this.assets = assets;
		this.config = Map.of("issuer", issuer.toString(), "clientId", clientId);
		this.contentSecurityPolicy = contentSecurityPolicy(issuer);
	}

	/**
	 * The gateway's policy plus what the console needs: calls to Keycloak's token
	 * endpoint, and inline styles (Element Plus positions popups with style attributes).
	 * Scripts stay 'self' only.
	 */
	static String contentSecurityPolicy(URI issuer) {
		String keycloak = issuer.getScheme() + "://" + issuer.getRawAuthority();
		return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
				+ "font-src 'self' data:; connect-src 'self' " + keycloak + "; form-action 'self' " + keycloak
				+ "; frame-ancestors 'self'; base-uri 'self'; object-src 'none'";
	}

	Mono<ServerResponse> serve(ServerRequest request) {
		HttpMethod method = request.method();
		if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
			return Mono.error(new ResponseStatusException(HttpStatus.METHOD_NOT_ALLOWED));
		}
		String path = request.requestPath().pathWithinApplication().value();
		if (CONFIG_PATH.equals(path)) {
			return ServerResponse.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.cacheControl(REVALIDATE)
				.header("Content-Security-Policy", this.contentSecurityPolicy)
				.bodyValue(this.config);
		}
		var asset = this.assets.find(path.equals("/") ? ConsoleAssets.INDEX : path);
		if (asset.isPresent()) {
			return respond(asset.get(), path.startsWith("/assets/") ? IMMUTABLE : REVALIDATE);
		}
		if (path.startsWith("/assets/") || !this.assets.isBuilt()) {
			// A missing hashed file is an old build's: index.html there would be run as
			// script.
			return Mono.error(GovsiteException.notFound("文件", "File", path));
		}
		return respond(this.assets.find(ConsoleAssets.INDEX).orElseThrow(), REVALIDATE);
	}

	private Mono<ServerResponse> respond(ConsoleAssets.Asset asset, CacheControl cache) {
		return ServerResponse.ok()
			.contentType(asset.type())
			.cacheControl(cache)
			.header("Content-Security-Policy", this.contentSecurityPolicy)
			.bodyValue(asset.content());
	}

}
