package cn.govsite.gateway.page;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The answer to a request for a page the gateway holds: 200 with the page (gzip when the
 * client takes it and the page has a compressed copy) or 304 when the client's entity tag
 * matches. Each encoding has its own strong tag ({@code "…-gzip"} for the compressed
 * one), since they are different bytes. Browsers revalidate every time
 * ({@code no-cache}), so a publish shows at once and an unchanged page costs a 304.
 * Shared by the fast path ({@link PageDeliveryFilter}) and {@link PageHandler}, so both
 * answer alike.
 *
 * @param status 200 or 304
 * @param etag the tag of the chosen encoding
 * @param page the page
 * @param gzip whether the compressed copy is sent
 */
record PageReply(HttpStatus status, String etag, PageCache.Page page, boolean gzip) {

	static final String CACHE_CONTROL = CacheControl.noCache().getHeaderValue();

	static final String GZIP = "gzip";

	static PageReply of(PageCache.Page page, String ifNoneMatch, String acceptEncoding) {
		boolean gzip = page.gzipped() != null && PageEncoding.acceptsGzip(acceptEncoding);
		String etag = gzip ? gzipTag(page.etag()) : page.etag();
		HttpStatus status = matches(ifNoneMatch, etag) ? HttpStatus.NOT_MODIFIED : HttpStatus.OK;
		return new PageReply(status, etag, page, gzip);
	}

	/** The bytes to send; none for a 304. */
	byte[] body() {
		if (this.status == HttpStatus.NOT_MODIFIED) {
			return null;
		}
		return this.gzip ? this.page.gzipped() : this.page.content();
	}

	/** Sets the reply's headers (not the status) on a response. */
	void writeHeaders(HttpHeaders headers) {
		headers.set(HttpHeaders.ETAG, this.etag);
		headers.set(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		if (this.page.gzipped() != null) {
			// Shared caches must keep the encodings apart.
			headers.set(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		byte[] body = body();
		if (body != null) {
			headers.set(HttpHeaders.CONTENT_TYPE, this.page.contentType());
			headers.set(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length));
			if (this.gzip) {
				headers.set(HttpHeaders.CONTENT_ENCODING, GZIP);
			}
		}
	}

	static String gzipTag(String etag) {
		return "\"" + opaque(etag) + "-gzip\"";
	}

	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String wanted = opaque(etag);
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || opaque(tag).equals(wanted)) {
				return true;
			}
		}
		return false;
	}

	/** The tag without weakness marker and quotes, as stores and browsers vary there. */
	static String opaque(String tag) {
		String value = tag.startsWith("W/") ? tag.substring(2) : tag;
		return value.replace("\"", "");
	}

}
