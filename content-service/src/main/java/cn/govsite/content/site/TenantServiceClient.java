package cn.govsite.content.site;

import java.net.http.HttpClient;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.content.ContentProperties;

/** Reads a site from tenant-service's public API ({@code GET /public/sites/{code}}). */
@Component
class TenantServiceClient {

	private static final Logger log = LoggerFactory.getLogger(TenantServiceClient.class);

	private final RestClient http;

	TenantServiceClient(ContentProperties properties) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(properties.tenantServiceTimeout()).build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(properties.tenantServiceTimeout());
		this.http = RestClient.builder()
			.baseUrl(properties.tenantServiceUrl().toString())
			.requestFactory(requests)
			.build();
	}

	/** The site with this code, or empty when tenant-service does not know it. */
	Optional<SiteFacts> fetch(String code) {
		try {
			PublicSite site = this.http.get().uri("/public/sites/{code}", code).retrieve().body(PublicSite.class);
			// An answer without the site's identity or name is no answer.
			return Optional.ofNullable(site)
				.filter(found -> found.id() != null && found.code() != null && found.name() != null)
				.map(PublicSite::facts);
		}
		catch (RestClientResponseException ex) {
			if (ex.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
				return Optional.empty();
			}
			throw unavailable(code, ex);
		}
		catch (RestClientException ex) {
			throw unavailable(code, ex);
		}
	}

	private static GovsiteException unavailable(String code, Exception ex) {
		log.warn("tenant-service could not tell site {}: {}", code, ex.toString());
		return new GovsiteException(ProblemType.SERVICE_UNAVAILABLE,
				Message.of("暂时无法获取站点信息，请稍后再试", "The site's details cannot be read now; try again later"));
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record PublicSite(Long id, String code, String name, String kind, Long parentId, String domain) {

		SiteFacts facts() {
			return new SiteFacts(this.id, this.code, this.name, this.kind, this.parentId, this.domain);
		}

	}

}
