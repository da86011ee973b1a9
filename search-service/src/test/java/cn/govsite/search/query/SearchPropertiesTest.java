package cn.govsite.search.query;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchPropertiesTest {

	@Test
	void linksToThePublishedPageOnTheSitesDomain() {
		SearchProperties properties = new SearchProperties("https://{domain}");
		assertThat(properties.pageUrl("jyj.govsite.localhost", "/articles/12.html"))
			.isEqualTo("https://jyj.govsite.localhost/articles/12.html");
		assertThat(new SearchProperties("http://{domain}:18080").pageUrl("wbq.gov.cn", null))
			.isEqualTo("http://wbq.gov.cn:18080/");
	}

	@Test
	void noDomainNoLink() {
		assertThat(new SearchProperties("http://{domain}").pageUrl(null, "/articles/1.html")).isNull();
		assertThat(new SearchProperties("http://{domain}").pageUrl(" ", "/articles/1.html")).isNull();
	}

}
