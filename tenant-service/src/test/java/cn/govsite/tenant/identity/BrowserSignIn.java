package cn.govsite.tenant.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import cn.govsite.common.test.Infrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One browser signing in to the console through Keycloak's login pages over plain HTTP
 * (authorization code with PKCE), as the console does: the pages' forms are posted as a
 * browser would, with the cookies Keycloak sets. The JDK's CookieManager is not used: it
 * drops Keycloak's {@code Secure} cookies on an {@code http} address, which a browser on
 * {@code localhost} keeps.
 */
final class BrowserSignIn {

	static final String CLIENT = "govsite-console";

	static final String REDIRECT = "http://console.govsite.localhost:18080/";

	private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final String verifier = randomUrlSafe(32);

	/** A page Keycloak showed, or the final redirect back to the console. */
	record Page(int status, String body, String location) {

		boolean returnedToConsole() {
			return this.location != null && this.location.startsWith(REDIRECT);
		}

		boolean hasField(String name) {
			return this.body.contains("name=\"" + name + "\"");
		}

		String formAction() {
			Matcher matcher = FORM_ACTION.matcher(this.body);
			if (!matcher.find()) {
				throw new IllegalStateException("No form on Keycloak's page (" + this.status + "): " + this.body);
			}
			return matcher.group(1).replace("&amp;", "&");
		}

		/**
		 * The value of the input with this id, e.g. the TOTP secret on the enrolment
		 * page.
		 */
		String inputValue(String id) {
			Matcher tag = Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(this.body);
			if (!tag.find()) {
				throw new IllegalStateException("No input #" + id + " on Keycloak's page: " + this.body);
			}
			Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(tag.group());
			if (!value.find()) {
				throw new IllegalStateException("Input #" + id + " has no value: " + tag.group());
			}
			return value.group(1);
		}

		String code() {
			return Pattern.compile("[?&]code=([^&]+)")
				.matcher(this.location)
				.results()
				.map(match -> match.group(1))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No code in " + this.location));
		}

	}

	/** Opens the console's sign-in: Keycloak's username and password page. */
	Page open() {
		String challenge = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(sha256(this.verifier.getBytes(StandardCharsets.US_ASCII)));
		return get(Infrastructure.issuer() + "/protocol/openid-connect/auth?"
				+ form(Map.of("client_id", CLIENT, "redirect_uri", REDIRECT, "response_type", "code", "scope", "openid",
						"state", randomUrlSafe(8), "code_challenge", challenge, "code_challenge_method", "S256")));
	}

	/** Posts the page's form with these fields and follows Keycloak's own redirects. */
	Page submit(Page page, Map<String, String> fields) {
		return follow(send(HttpRequest.newBuilder(URI.create(page.formAction()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(fields)))));
	}

	/** Exchanges the code of the final redirect for the console's tokens. */
	JsonNode tokens(Page returned) {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(URI.create(Infrastructure.issuer() + "/protocol/openid-connect/token"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers
						.ofString(form(Map.of("grant_type", "authorization_code", "client_id", CLIENT, "code",
								returned.code(), "redirect_uri", REDIRECT, "code_verifier", this.verifier)))));
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Code exchange answered " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}

	/**
	 * RFC 6238 (HMAC-SHA1, 6 digits, 30 s) over Keycloak's raw secret, as an
	 * authenticator app computes it.
	 */
	static String totp(String secret, Instant at) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(at.getEpochSecond() / 30).array());
			int offset = hash[hash.length - 1] & 0xf;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format("%06d", binary % 1_000_000);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Page get(String url) {
		return follow(send(HttpRequest.newBuilder(URI.create(url)).GET()));
	}

	private Page follow(HttpResponse<String> response) {
		HttpResponse<String> current = response;
		for (int hops = 0; hops < 10; hops++) {
			String location = current.headers().firstValue("Location").orElse(null);
			if (current.statusCode() / 100 != 3 || location == null || location.startsWith(REDIRECT)) {
				return new Page(current.statusCode(), current.body(), location);
			}
			current = send(HttpRequest.newBuilder(current.uri().resolve(location)).GET());
		}
		throw new IllegalStateException("Keycloak redirected more than 10 times");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		if (!this.cookies.isEmpty()) {
			request.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		try {
			HttpResponse<String> response = this.http.send(request.header("Accept-Language", "zh-CN").build(),
					HttpResponse.BodyHandlers.ofString());
			response.headers().allValues("Set-Cookie").forEach(this::remember);
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Keycloak at " + Infrastructure.keycloakUrl()
					+ " is not reachable; start it with ./govsite up --infra", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void remember(String setCookie) {
		String pair = setCookie.split(";", 2)[0];
		int equals = pair.indexOf('=');
		if (equals <= 0) {
			return;
		}
		String name = pair.substring(0, equals).trim();
		String value = pair.substring(equals + 1).trim();
		if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
			this.cookies.remove(name);
		}
		else {
			this.cookies.put(name, value);
		}
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String randomUrlSafe(int bytes) {
		byte[] random = new byte[bytes];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

}
