package cn.govsite.search.elasticsearch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ElasticsearchPropertiesTest {

	@Test
	void aConfiguredUserBecomesABasicAuthorizationHeader() {
		ElasticsearchProperties properties = properties("govsite-search", "口令p@ss");

		String header = properties.basicAuthorization();

		assertThat(header).startsWith("Basic ");
		assertThat(new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8))
			.isEqualTo("govsite-search:口令p@ss");
	}

	@Test
	void withoutAUserNoHeaderIsSent() {
		assertThat(properties(null, null).basicAuthorization()).isNull();
		assertThat(properties(" ", "ignored").basicAuthorization()).isNull();
	}

	private static ElasticsearchProperties properties(String username, String password) {
		return new ElasticsearchProperties(URI.create("http://127.0.0.1:19200"), "govsite-", Duration.ofSeconds(2),
				Duration.ofSeconds(10), username, password);
	}

}
