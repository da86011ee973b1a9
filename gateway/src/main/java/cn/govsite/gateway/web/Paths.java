package cn.govsite.gateway.web;

import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.http.HttpMethod;

/** The gateway's split of the URL space: the API, its own actuator, published pages. */
public final class Paths {

	/** A library file as published pages embed it (the library's own paths). */
	private static final Pattern SITE_ASSET = Pattern.compile("/assets/\\d{1,18}/(?:content|variants/\\d{1,5})");

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

	/**
	 * A library file on a site's host ({@code /assets/{id}/content}, a variant), served
	 * from asset-service.
	 */
	public static boolean isSiteAsset(String path) {
		return path.startsWith("/assets/") && SITE_ASSET.matcher(path).matches();
	}

	/** Published pages: everything that is neither API, actuator nor a library file. */
	public static boolean isPage(String path) {
		return !isApi(path) && !isActuator(path) && !isSiteAsset(path);
	}

}
