package cn.govsite.content.media;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import cn.govsite.content.ContentProperties;

/**
 * The content service's own token (client credentials of the jobs client), for calls made
 * with no user behind them — the scheduler's publishes. Kept until shortly before it
 * expires.
 */
@Component
public class ServiceToken {

	private static final Logger log = LoggerFactory.getLogger(ServiceToken.class);

	/** Renewed this long before expiry, so a token never expires in flight. */
	private static final long MARGIN_SECONDS = 30;

	private final RestClient http;

	private final ContentProperties properties;

	private final Clock clock = Clock.systemUTC();

	private String token;

	private Instant renewAt = Instant.EPOCH;

	ServiceToken(ContentProperties properties) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(properties.assetServiceTimeout()).build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(properties.assetServiceTimeout());
		this.http = RestClient.builder().requestFactory(requests).build();
		this.properties = properties;
	}

	public synchronized String value() {
		Instant now = this.clock.instant();
		if (this.token != null && now.isBefore(this.renewAt)) {
			return this.token;
		}
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		form.add("client_id", this.properties.serviceClientId());
		form.add("client_secret", this.properties.serviceClientSecret());
		Granted granted;
		try {
			granted = this.http.post()
				.uri(this.properties.serviceCredentialsUri())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.body(Granted.class);
		}
		catch (RestClientResponseException ex) {
			log.warn("Keycloak refused the service token: {} {}", ex.getStatusCode(), ex.getResponseBodyAsString());
			throw AssetServiceClient.unavailable();
		}
		if (granted == null || granted.accessToken() == null) {
			throw AssetServiceClient.unavailable();
		}
		this.token = granted.accessToken();
		this.renewAt = now.plusSeconds(Math.max(0, granted.expiresIn() - MARGIN_SECONDS));
		return this.token;
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Granted(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn) {
	}

}
