package cn.govsite.content.migration;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.tenant.SiteHeaderSigner;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.common.tenant.TenantHeaders;
import cn.govsite.content.ContentProperties;
import cn.govsite.content.media.ServiceToken;

/**
 * 资源入库 for migration: uploads a file of the old site into the site's resource library
 * (asset-service, as the content service's jobs client, the site in signed headers) with
 * its old URL as its source, and registers it. A file the library already holds is
 * reused.
 */
@Component
class AssetLibrary {

	private static final Pattern EXISTING = Pattern.compile("resource (\\d+)");

	private final RestClient http;

	private final SiteHeaderSigner signer;

	private final ServiceToken token;

	AssetLibrary(ContentProperties properties, SiteHeaderSigner signer, ServiceToken token) {
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(properties.assetServiceTimeout()).build());
		requests.setReadTimeout(Duration.ofSeconds(60));
		this.http = RestClient.builder()
			.baseUrl(properties.assetServiceUrl().toString())
			.requestFactory(requests)
			.build();
		this.signer = signer;
		this.token = token;
	}

	/** What the library is told about a migrated file. */
	record Provenance(String title, String sourceUrl, String rightsHolder) {
	}

	/** The registered resource's id. */
	long register(String filename, byte[] content, Provenance provenance) {
		long id = upload(filename, content, provenance);
		try {
			site(this.http.post().uri("/assets/{id}/register", id)).contentType(MediaType.APPLICATION_JSON)
				.body("{}")
				.retrieve()
				.toBodilessEntity();
		}
		catch (RestClientResponseException ex) {
			if (ex.getStatusCode().value() != HttpStatus.CONFLICT.value()) {
				throw refused("register", ex);
			}
			// Already registered (a file the library held before).
		}
		return id;
	}

	private long upload(String filename, byte[] content, Provenance provenance) {
		MultipartBodyBuilder form = new MultipartBodyBuilder();
		form.part("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return filename;
			}
		}, MediaType.APPLICATION_OCTET_STREAM);
		form.part("title", provenance.title());
		form.part("sourceType", "ORIGINAL");
		form.part("sourceName", clip(provenance.sourceUrl(), 200));
		form.part("rightsHolder", clip(provenance.rightsHolder(), 200));
		form.part("licence", "自有版权（网站迁移）");
		form.part("category", "网站迁移");
		form.part("tags", "网站迁移");
		form.part("altText", clip(provenance.title(), 250));
		try {
			JsonNode created = site(this.http.post().uri("/assets")).contentType(MediaType.MULTIPART_FORM_DATA)
				.body(form.build())
				.retrieve()
				.body(JsonNode.class);
			return created.get("id").asLong();
		}
		catch (RestClientResponseException ex) {
			if (ex.getStatusCode().value() == HttpStatus.CONFLICT.value()) {
				Matcher matcher = EXISTING.matcher(ex.getResponseBodyAsString());
				if (matcher.find()) {
					return Long.parseLong(matcher.group(1));
				}
			}
			throw refused("upload", ex);
		}
	}

	private RestClient.RequestBodySpec site(RestClient.RequestBodySpec request) {
		SiteRef site = TenantContext.require();
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token.value())
			.header(TenantHeaders.RESOLVED_SITE_ID, Long.toString(site.id()))
			.header(TenantHeaders.RESOLVED_SITE_CODE, site.code())
			.header(TenantHeaders.RESOLVED_SITE_SIGNATURE, this.signer.sign(site.id(), site.code()));
	}

	private static GovsiteException refused(String step, RestClientResponseException ex) {
		String body = ex.getResponseBodyAsString();
		return new GovsiteException(ProblemType.SERVICE_UNAVAILABLE,
				Message.of("资源库" + step + "失败：" + ex.getStatusCode().value(),
						"The library refused the " + step + ": " + ex.getStatusCode().value() + " " + clip(body, 300)));
	}

	private static String clip(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

}
