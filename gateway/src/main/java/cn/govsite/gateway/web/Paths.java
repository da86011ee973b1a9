package cn.govsite.gateway.web;

import java.util.Set;

import org.springframework.http.HttpMethod;

/** The gateway's split of the URL space: the API, its own actuator, published pages. */
public final class Paths {

	/**
	 * Only these are the public search: the rest of search-service (analytics, reindex)
	 * needs the caller's token and a site role, so a prefix match would open it and strip
	 * the token.
	 */
	public static final Set<String> PUBLIC_SEARCH = Set.of("/api/search", "/api/search/", "/api/search/search",
			"/api/search/suggest");

	private Paths() {
	}

	public static boolean isApi(String path) {
		return path.equals("/api") || path.startsWith("/api/");
	}

	public static boolean isActuator(String path) {
		return path.equals("/actuator") || path.startsWith("/actuator/");
	}

	/**
	 * A read of the public search API (rate limited, no token, no site authorisation).
	 */
	public static boolean isPublicSearch(HttpMethod method, String path) {
		return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) && PUBLIC_SEARCH.contains(path);
	}

	/** Tenant-service's public read API. */
	public static boolean isTenantPublic(String path) {
		return path.startsWith("/api/tenant/public/");
	}

	/** Published pages: everything that is neither API nor actuator. */
	public static boolean isPage(String path) {
		return !isApi(path) && !isActuator(path);
	}

}
