package cn.govsite.content.media;

import java.net.http.HttpClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.security.GovsiteAuthentication;
import cn.govsite.common.tenant.SiteHeaderSigner;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.common.tenant.TenantHeaders;
import cn.govsite.content.ContentProperties;
import cn.govsite.content.media.MediaReferences.Reason;

/**
 * Asks asset-service ({@code POST /assets/usability}) which resources the request's site
 * may use, as the person saving or publishing (their token relayed) or, for the
 * scheduler, as the jobs client. The site travels in signed site headers, as from the
 * gateway. A down or failing asset-service is a 503: nothing is saved unchecked.
 */
@Component
class AssetServiceClient implements MediaCheck.Library {

	private static final Logger log = LoggerFactory.getLogger(AssetServiceClient.class);

	private final RestClient http;

	private final SiteHeaderSigner signer;

	private final ServiceToken serviceToken;

	AssetServiceClient(ContentProperties properties, SiteHeaderSigner signer, ServiceToken serviceToken) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(properties.assetServiceTimeout()).build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(properties.assetServiceTimeout());
		this.http = RestClient.builder()
			.baseUrl(properties.assetServiceUrl().toString())
			.requestFactory(requests)
			.build();
		this.signer = signer;
		this.serviceToken = serviceToken;
	}

	@Override
	public Map<Long, Reason> refused(SortedSet<Long> ids) {
		SiteRef site = TenantContext.require();
		Answer answer;
		try {
			answer = this.http.post()
				.uri("/assets/usability")
				.contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token())
				.header(TenantHeaders.RESOLVED_SITE_ID, Long.toString(site.id()))
				.header(TenantHeaders.RESOLVED_SITE_CODE, site.code())
				.header(TenantHeaders.RESOLVED_SITE_SIGNATURE, this.signer.sign(site.id(), site.code()))
				.body(Map.of("assetIds", List.copyOf(ids)))
				.retrieve()
				.body(Answer.class);
		}
		catch (RestClientResponseException ex) {
			log.warn("asset-service refused the usability question for site {}: {} {}", site.code(), ex.getStatusCode(),
					ex.getResponseBodyAsString());
			throw unavailable();
		}
		if (answer == null || answer.usable() == null || answer.refused() == null) {
			throw unavailable();
		}
		Map<Long, Reason> refused = new HashMap<>();
		for (Long id : ids) {
			if (!answer.usable().contains(id)) {
				// Not named as usable is not usable, whatever else the answer says.
				refused.put(id, Reason.NOT_FOUND);
			}
		}
		for (Refused one : answer.refused()) {
			refused.put(one.assetId(), reason(one.reason()));
		}
		return refused;
	}

	private String token() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof GovsiteAuthentication user) {
			return user.getCredentials().getTokenValue();
		}
		return this.serviceToken.value();
	}

	private static Reason reason(String name) {
		return switch (String.valueOf(name)) {
			case "NOT_REGISTERED" -> Reason.NOT_REGISTERED;
			case "RIGHTS_EXPIRED" -> Reason.RIGHTS_EXPIRED;
			default -> Reason.NOT_FOUND;
		};
	}

	static GovsiteException unavailable() {
		return new GovsiteException(ProblemType.SERVICE_UNAVAILABLE,
				Message.of("暂时无法核对资源库，请稍后再试", "The resource library cannot be checked now; try again later"));
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Answer(List<Long> usable, List<Refused> refused) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Refused(long assetId, String reason) {
	}

}
