package cn.govsite.gateway.page;

import org.junit.jupiter.api.Test;

import cn.govsite.gateway.site.SiteResolutionFilter;

import static org.assertj.core.api.Assertions.assertThat;

class PageDeliveryFilterTest {

	@Test
	void onlyPlainPathsAreForTheFastPath() {
		assertThat(PageDeliveryFilter.plain("/")).isTrue();
		assertThat(PageDeliveryFilter.plain("/articles/12.html")).isTrue();
		assertThat(PageDeliveryFilter.plain("/zwgk/xxgk_2026-01/index~1.html")).isTrue();
		assertThat(PageDeliveryFilter.plain("")).isFalse();
		assertThat(PageDeliveryFilter.plain("/%2e%2e/x.html")).isFalse();
		assertThat(PageDeliveryFilter.plain("/a;jsessionid=1/b.html")).isFalse();
		assertThat(PageDeliveryFilter.plain("/a\\b.html")).isFalse();
		assertThat(PageDeliveryFilter.plain("/页面.html")).isFalse();
		assertThat(PageDeliveryFilter.plain("/" + "a".repeat(PagePaths.MAX_LENGTH))).isFalse();
	}

	@Test
	void hostHeadersAreReducedToTheirName() {
		assertThat(SiteResolutionFilter.hostOf("JYJ.govsite.localhost:18080")).isEqualTo("jyj.govsite.localhost");
		assertThat(SiteResolutionFilter.hostOf("jyj.govsite.localhost.")).isEqualTo("jyj.govsite.localhost");
		assertThat(SiteResolutionFilter.hostOf("jyj.govsite.localhost")).isEqualTo("jyj.govsite.localhost");
		assertThat(SiteResolutionFilter.hostOf("[::1]:8080")).isNull();
		assertThat(SiteResolutionFilter.hostOf("jyj.govsite.localhost:x")).isNull();
		assertThat(SiteResolutionFilter.hostOf("")).isNull();
		assertThat(SiteResolutionFilter.hostOf(null)).isNull();
	}

}
