package cn.govsite.search.elasticsearch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Elasticsearch listens and how this deployment names its indices.
 *
 * @param uri the cluster's HTTP address
 * @param indexPrefix prefix of every index and alias, so tests and deployments can share
 * a cluster
 * @param connectTimeout how long to wait for a connection before the search answers 503
 * @param responseTimeout how long to wait for an answer before the search answers 503
 * @param username user for basic authentication (production clusters run with security
 * on); none locally
 * @param password that user's password
 */
@ConfigurationProperties("govsite.elasticsearch")
public record ElasticsearchProperties(@DefaultValue("http://127.0.0.1:19200") URI uri,
		@DefaultValue("govsite-") String indexPrefix, @DefaultValue("2s") Duration connectTimeout,
		@DefaultValue("10s") Duration responseTimeout, String username, String password) {

	/**
	 * The {@code Authorization} header value, or {@code null} when no user is configured.
	 */
	public String basicAuthorization() {
		if (this.username == null || this.username.isBlank()) {
			return null;
		}
		String pair = this.username + ":" + ((this.password != null) ? this.password : "");
		return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
	}

}
