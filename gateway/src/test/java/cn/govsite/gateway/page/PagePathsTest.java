package cn.govsite.gateway.page;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PagePathsTest {

	@Test
	void mapsPathsIntoTheSitesFolder() {
		assertThat(PagePaths.objectKey("jyj", "/")).contains("jyj/index.html");
		assertThat(PagePaths.objectKey("jyj", "/zwgk/")).contains("jyj/zwgk/index.html");
		assertThat(PagePaths.objectKey("jyj", "/articles/12.html")).contains("jyj/articles/12.html");
		assertThat(PagePaths.objectKey("jyj", "/%E6%96%B0%E9%97%BB.html")).contains("jyj/新闻.html");
		assertThat(PagePaths.objectKey("jyj", "/.well-known/security.txt")).contains("jyj/.well-known/security.txt");
		assertThat(PagePaths.objectKey("jyj", "/a/...b/..c")).contains("jyj/a/...b/..c");
	}

	@Test
	void refusesEveryWayOut() {
		for (String path : new String[] { "/..", "/../x", "/a/../../x", "/./x", "/%2e%2e/x", "/%2E%2e/x", "/a%2fb",
				"/a%2Fb", "/a%5cb", "/a\\b", "/%252e%252e/x", "//x", "/a//b", "/%00x", "/%zz", "/%e6%96", "relative",
				"/a/..", "/a/.", "/a/./b", "" }) {
			assertThat(PagePaths.objectKey("jyj", path)).as(path).isEmpty();
		}
		assertThat(PagePaths.objectKey("jyj", "/" + "a".repeat(PagePaths.MAX_LENGTH))).isEmpty();
	}

}
