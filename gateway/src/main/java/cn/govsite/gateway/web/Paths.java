package cn.govsite.gateway.web;

import org.springframework.http.HttpMethod;

/** The gateway's split of the URL space: the API, its own actuator, published pages. */
public final class Paths {

	private Paths() {
	}

	public static boolean isApi(String path) {
		return path.equals("/api") || path.startsWith("/api/");
	}

	public static boolean isActuator(String path) {
		return path.equals("/actuator") || path.startsWith("/actuator/");
	}

	/** The public search API (rate limited, no token, no site authorisation). */
	public static boolean isSearch(String path) {
		return path.equals("/api/search") || path.startsWith("/api/search/");
	}

	/** A read of the public search, which uses no identity. */
	public static boolean isPublicSearch(HttpMethod method, String path) {
		return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) && isSearch(path);
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
