package cn.govsite.gateway.route;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HiddenServiceDocsFilterTest {

	@Test
	void hidesEverySpellingOfAServiceDescription() {
		for (String path : new String[] { "/api/tenant/v3/api-docs", "/api/content/v3", "/api/search/v3/api-docs.yaml",
				"/api/asset/v3/api-docs/swagger-config", "//api//tenant//v3/api-docs", "/api/tenant;x=1/v3;y/api-docs",
				"/api/content/V3/api-docs" }) {
			assertThat(HiddenServiceDocsFilter.isServiceDocs(path)).as(path).isTrue();
		}
	}

	@Test
	void hidesServiceToServiceEndpoints() {
		for (String path : new String[] { "/api/content/internal/published", "/api/content/Internal/published?after=0",
				"//api/content//internal", "/api/search;a=b/internal;c/x" }) {
			assertThat(HiddenServiceDocsFilter.isServiceDocs(path)).as(path).isTrue();
		}
		assertThat(HiddenServiceDocsFilter.isServiceDocs("/api/content/articles/internal")).isFalse();
	}

	@Test
	void leavesTheApiAndPagesAlone() {
		for (String path : new String[] { "/api/content/articles/v3", "/api/content/v3docs", "/v3/api-docs", "/api",
				"/api/tenant", "/", "/zwgk/v3/index.html" }) {
			assertThat(HiddenServiceDocsFilter.isServiceDocs(path)).as(path).isFalse();
		}
	}

}
