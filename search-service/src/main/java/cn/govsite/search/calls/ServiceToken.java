package cn.govsite.search.calls;

import java.time.Clock;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import cn.govsite.search.reindex.ContentServiceProperties;

/**
 * This service's own access token (client-credentials grant of the service client in
 * {@code govsite.search.content-service}), reused until shortly before it expires. One
 * client for every call to the platform's other services (content-service's listing,
 * asset-service's attachment texts).
 */
public class ServiceToken {

	private static final long MARGIN_SECONDS = 30;

	private final RestClient http;

	private final ContentServiceProperties properties;

	private final Clock clock;

	private String token;

	private Instant expires = Instant.MIN;

	public ServiceToken(RestClient http, ContentServiceProperties properties, Clock clock) {
		this.http = http;
		this.properties = properties;
		this.clock = clock;
	}

	public synchronized String get() {
		if (this.token == null || !this.clock.instant().isBefore(this.expires)) {
			MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
			form.add("grant_type", "client_credentials");
			form.add("client_id", this.properties.clientId());
			form.add("client_secret", this.properties.clientSecret());
			Granted granted = this.http.post()
				.uri(this.properties.tokenUri())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.body(Granted.class);
			if (granted == null || granted.accessToken() == null) {
				throw new IllegalStateException("Keycloak granted no token to " + this.properties.clientId());
			}
			this.token = granted.accessToken();
			this.expires = this.clock.instant().plusSeconds(Math.max(0, granted.expiresIn() - MARGIN_SECONDS));
		}
		return this.token;
	}

	/** Forgets the token (a service refused it). */
	public synchronized void forget() {
		this.token = null;
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Granted(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn) {
	}

}
