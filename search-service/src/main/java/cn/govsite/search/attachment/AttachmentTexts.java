package cn.govsite.search.attachment;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import cn.govsite.search.calls.ServiceToken;
import cn.govsite.search.reindex.ContentServiceProperties;

/**
 * 附件全文 — the text of an item's attachments (PDF, Word, Excel…), read by asset-service
 * ({@code POST /internal/assets/texts}) and indexed with the item so a search finds the
 * notice whose attached table names what was asked for.
 * <p>
 * Attachments never hold up the item itself: if asset-service cannot answer, the item is
 * indexed without their text (the next full reindex adds it) rather than retried into the
 * dead-letter stream and not found at all.
 */
@Component
public class AttachmentTexts {

	private static final Logger log = LoggerFactory.getLogger(AttachmentTexts.class);

	private final RestClient http;

	private final ServiceToken token;

	private final AssetServiceProperties properties;

	AttachmentTexts(AssetServiceProperties properties, ContentServiceProperties credentials) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(properties.timeout());
		this.http = RestClient.builder().requestFactory(requests).build();
		this.token = new ServiceToken(this.http, credentials, Clock.systemUTC());
		this.properties = properties;
	}

	/**
	 * The text of each resource that has one, by id: registered documents only (asset-
	 * service leaves pictures, pending and retired files out). Empty when asset-service
	 * cannot answer now.
	 */
	public Map<Long, String> of(List<Long> ids) {
		if (ids == null || ids.isEmpty()) {
			return Map.of();
		}
		List<Long> wanted = new ArrayList<>(new LinkedHashSet<>(ids));
		Map<Long, String> texts = new HashMap<>();
		try {
			for (int from = 0; from < wanted.size(); from += this.properties.batch()) {
				List<Long> batch = wanted.subList(from, Math.min(wanted.size(), from + this.properties.batch()));
				for (Text text : fetch(batch)) {
					if (text.text() != null && !text.text().isBlank()) {
						texts.put(text.assetId(), text.text());
					}
				}
			}
			return texts;
		}
		catch (RestClientException | IllegalStateException ex) {
			log.warn("Attachment texts of {} not read from asset-service, indexed without them: {}", wanted,
					ex.getMessage());
			return Map.of();
		}
	}

	/** The attachments' texts, joined in the order of {@code ids}; "" if none. */
	public String joined(List<Long> ids) {
		Map<Long, String> texts = of(ids);
		return ids.stream().distinct().map(texts::get).filter(t -> t != null).collect(Collectors.joining("\n"));
	}

	private List<Text> fetch(List<Long> ids) {
		try {
			return call(ids);
		}
		catch (RestClientResponseException ex) {
			if (ex.getStatusCode().value() != HttpStatus.UNAUTHORIZED.value()) {
				throw ex;
			}
			// The token expired or Keycloak rotated its keys: one fresh try.
			this.token.forget();
			return call(ids);
		}
	}

	private List<Text> call(List<Long> ids) {
		String uri = this.properties.url().toString().replaceAll("/+$", "") + "/internal/assets/texts";
		Texts answer = this.http.post()
			.uri(uri)
			.header("Authorization", "Bearer " + this.token.get())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("ids", ids))
			.retrieve()
			.body(Texts.class);
		if (answer == null || answer.texts() == null) {
			throw new IllegalStateException("asset-service answered no texts to " + uri);
		}
		return answer.texts();
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Texts(List<Text> texts) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Text(long assetId, String text) {
	}

}
