package cn.govsite.gateway.security;

import org.springframework.http.HttpHeaders;

/**
 * The security headers the edge puts on every answer, in one place: Spring Security's
 * chain writes them ({@link GatewaySecurityConfiguration}) and the page fast path, which
 * answers before that chain, writes the same ones ({@link #writeTo}). A test compares
 * both paths' headers, so they cannot drift apart.
 */
public final class SecurityHeaders {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'";

	static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

	static final String FRAME_OPTIONS = "SAMEORIGIN";

	private SecurityHeaders() {
	}

	/**
	 * What Spring Security's defaults plus this gateway's settings write on a plain-HTTP
	 * answer that sets its own {@code Cache-Control} (HSTS is for HTTPS only, and the
	 * ingress terminates TLS).
	 */
	public static void writeTo(HttpHeaders headers) {
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("X-Frame-Options", FRAME_OPTIONS);
		headers.set("X-XSS-Protection", "0");
		headers.set("Referrer-Policy", REFERRER_POLICY);
		headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
	}

}
