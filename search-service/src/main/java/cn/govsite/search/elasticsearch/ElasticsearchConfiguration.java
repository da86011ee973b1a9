package cn.govsite.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Elasticsearch client. Boot's Elasticsearch starter is not available for Boot 4.1 on
 * this mirror, so the client is declared here: the Rest5 transport with the Jackson 3
 * mapper the rest of the service uses.
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfiguration {

	@Bean(destroyMethod = "close")
	Rest5Client elasticsearchRestClient(ElasticsearchProperties properties) {
		String authorization = properties.basicAuthorization();
		Header[] headers = (authorization != null)
				? new Header[] { new BasicHeader(HttpHeaders.AUTHORIZATION, authorization) } : new Header[0];
		return Rest5Client.builder(properties.uri())
			.setDefaultHeaders(headers)
			.setRequestConfigCallback(
					config -> config.setConnectionRequestTimeout(Timeout.of(properties.connectTimeout()))
						.setResponseTimeout(Timeout.of(properties.responseTimeout())))
			.setConnectionConfigCallback(config -> config.setConnectTimeout(Timeout.of(properties.connectTimeout()))
				.setSocketTimeout(Timeout.of(properties.responseTimeout())))
			.build();
	}

	@Bean
	ElasticsearchClient elasticsearchClient(Rest5Client restClient) {
		// Its own mapper, not the web layer's: documents omit nulls and are read back
		// tolerantly when later versions of the mapping add fields.
		JsonMapper json = JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.build();
		return new ElasticsearchClient(new Rest5ClientTransport(restClient, new Jackson3JsonpMapper(json)));
	}

}
