package cn.govsite.gateway.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PathsTest {

	@Test
	void libraryFilesAreNeitherPagesNorApi() {
		assertThat(Paths.isSiteAsset("/assets/12/content")).isTrue();
		assertThat(Paths.isSiteAsset("/assets/12/variants/640")).isTrue();
		assertThat(Paths.isPage("/assets/12/content")).isFalse();
		assertThat(Paths.isApi("/assets/12/content")).isFalse();
	}

	@Test
	void anythingElseUnderAssetsStaysAPage() {
		assertThat(Paths.isSiteAsset("/assets/x/content")).isFalse();
		assertThat(Paths.isSiteAsset("/assets/12/content/../../etc")).isFalse();
		assertThat(Paths.isSiteAsset("/assets/12/link")).isFalse();
		assertThat(Paths.isSiteAsset("/assets/1234567890123456789/content")).isFalse();
		assertThat(Paths.isSiteAsset("/api/asset/assets/12/content")).isFalse();
		// The theme's own files, published with the pages.
		assertThat(Paths.isPage("/assets/care.js")).isTrue();
	}

}
