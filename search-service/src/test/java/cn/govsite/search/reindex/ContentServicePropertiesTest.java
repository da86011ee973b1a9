package cn.govsite.search.reindex;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentServicePropertiesTest {

	@Test
	void theTokenEndpointIsTheRealmsWithOrWithoutATrailingSlash() {
		for (String realm : new String[] { "http://kc:8080/realms/govsite", "http://kc:8080/realms/govsite/" }) {
			ContentServiceProperties properties = new ContentServiceProperties(URI.create("http://content-service"),
					URI.create(realm), "govsite-jobs", "s", Duration.ofSeconds(5));
			assertThat(properties.tokenUri())
				.isEqualTo(URI.create("http://kc:8080/realms/govsite/protocol/openid-connect/token"));
		}
	}

}
