package cn.govsite.gateway.page;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.storage.ObjectStorage;
import cn.govsite.common.storage.StorageProperties;
import cn.govsite.gateway.site.SiteInfo;
import cn.govsite.gateway.site.SiteResolutionFilter;

/**
 * 页面发布 — serves a site's published pages from the pages bucket
 * ({@code {siteCode}/{path}}), through the in-memory {@link PageCache}, with entity tags
 * and conditional GET. Browsers revalidate every time ({@code no-cache}), so a publish
 * shows at once and an unchanged page costs a 304. Failures become the error pages of
 * {@code GatewayErrorHandler}.
 */
@Component
public class PageHandler {

	private static final CacheControl REVALIDATE = CacheControl.noCache();

	/** Where content-service publishes a site's 404 page, under the site's folder. */
	static final String NOT_FOUND_PAGE = "404.html";

	private final ObjectStorage storage;

	private final String bucket;

	private final PageCache cache;

	private final OldUrlRedirects redirects;

	public PageHandler(ObjectStorage storage, StorageProperties storageProperties, PageCache cache,
			OldUrlRedirects redirects) {
		this.storage = storage;
		this.bucket = storageProperties.bucket("pages");
		this.cache = cache;
		this.redirects = redirects;
	}

	public Mono<ServerResponse> serve(ServerRequest request) {
		HttpMethod method = request.method();
		if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
			return Mono.error(new ResponseStatusException(HttpStatus.METHOD_NOT_ALLOWED));
		}
		Optional<SiteInfo> site = SiteResolutionFilter.of(request.exchange());
		if (site.isEmpty()) {
			return Mono.error(new GovsiteException(ProblemType.SITE_NOT_FOUND,
					Message.of("没有使用此域名的站点", "No site is served on this host")));
		}
		String code = site.get().code();
		String rawPath = request.exchange().getRequest().getPath().pathWithinApplication().value();
		Optional<String> key = PagePaths.objectKey(code, rawPath);
		if (key.isEmpty()) {
			return Mono.error(
					new GovsiteException(ProblemType.MALFORMED_REQUEST, Message.of("页面地址无效", "Invalid page address")));
		}
		return this.cache.get(key.get())
			.map(Mono::just)
			.orElseGet(() -> load(code, key.get()).onErrorResume(PageHandler::unavailable,
					down -> this.cache.stale(key.get()).map(Mono::just).orElseGet(() -> Mono.error(down))))
			.flatMap(page -> respond(request, page))
			.onErrorResume(PageHandler::notFound, missing -> this.redirects
				.find(code, rawPath, request.exchange().getRequest().getURI().getRawQuery())
				.flatMap(PageHandler::movedPermanently)
				.switchIfEmpty(Mono.defer(
						() -> siteNotFoundPage(code, key.get())
							.flatMap(page -> ServerResponse.status(HttpStatus.NOT_FOUND)
								.contentType(MediaType.parseMediaType(page.contentType()))
								.cacheControl(REVALIDATE)
								.bodyValue(page.content()))
							.switchIfEmpty(Mono.error(missing)))));
	}

	/** A migrated site's old address: 301 to where its page lives now (same host). */
	private static Mono<ServerResponse> movedPermanently(String target) {
		return ServerResponse.status(HttpStatus.MOVED_PERMANENTLY)
			.header(HttpHeaders.LOCATION, target)
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)))
			.build();
	}

	private static boolean unavailable(Throwable ex) {
		return ex instanceof GovsiteException problem && problem.type() == ProblemType.SERVICE_UNAVAILABLE;
	}

	private static boolean notFound(Throwable ex) {
		return ex instanceof GovsiteException problem && problem.type() == ProblemType.NOT_FOUND;
	}

	/**
	 * The site's own 404 page ({@code {siteCode}/404.html}, published from its error
	 * template), or empty when it has none (the platform's bilingual page is shown).
	 */
	private Mono<PageCache.Page> siteNotFoundPage(String siteCode, String missingKey) {
		String key = siteCode + "/" + NOT_FOUND_PAGE;
		if (key.equals(missingKey)) {
			return Mono.empty();
		}
		return this.cache.get(key)
			.map(Mono::just)
			.orElseGet(() -> load(siteCode, key))
			.onErrorResume(ex -> Mono.empty());
	}

	private Mono<PageCache.Page> load(String siteCode, String key) {
		long generation = this.cache.generation(siteCode);
		return Mono.fromCallable(() -> this.storage.get(this.bucket, key))
			.subscribeOn(Schedulers.boundedElastic())
			.onErrorMap(ex -> !(ex instanceof GovsiteException),
					ex -> new GovsiteException(ProblemType.SERVICE_UNAVAILABLE,
							Message.of("页面存储暂时不可用，请稍后再试", "Page storage is unavailable; try again later")))
			.flatMap(found -> found.map(object -> Mono.just(page(key, object)))
				.orElseGet(() -> Mono
					.error(GovsiteException.notFound("页面", "Page", "/" + key.substring(siteCode.length() + 1)))))
			.doOnNext(page -> this.cache.put(siteCode, key, page, generation));
	}

	private static Mono<ServerResponse> respond(ServerRequest request, PageCache.Page page) {
		PageReply reply = PageReply.of(page, request.headers().firstHeader(HttpHeaders.IF_NONE_MATCH),
				request.headers().firstHeader(HttpHeaders.ACCEPT_ENCODING));
		ServerResponse.BodyBuilder response = ServerResponse.status(reply.status()).headers(reply::writeHeaders);
		byte[] body = reply.body();
		return (body != null) ? response.bodyValue(body) : response.build();
	}

	private static PageCache.Page page(String key, ObjectStorage.StoredObject object) {
		String type = object.contentType();
		if (type == null || type.isBlank() || type.startsWith(MediaType.APPLICATION_OCTET_STREAM_VALUE)) {
			type = MediaTypeFactory.getMediaType(key).orElse(MediaType.APPLICATION_OCTET_STREAM).toString();
		}
		String etag = (object.etag() != null && !object.etag().isBlank()) ? PageReply.opaque(object.etag())
				: sha256(object.content());
		return new PageCache.Page(object.content(), type, "\"" + etag + "\"",
				PageEncoding.gzip(object.content(), type));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			return Integer.toHexString(new String(content, StandardCharsets.ISO_8859_1).hashCode());
		}
	}

}
