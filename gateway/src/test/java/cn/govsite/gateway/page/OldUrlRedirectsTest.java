package cn.govsite.gateway.page;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A stored redirect only ever sends visitors to a path on the same host. */
class OldUrlRedirectsTest {

	@Test
	void onlySameHostPathsAreFollowed() {
		assertThat(OldUrlRedirects.local("/articles/12.html")).isTrue();
		assertThat(OldUrlRedirects.local("/columns/3/index.html?page=2")).isTrue();
		assertThat(OldUrlRedirects.local("https://evil.example/")).isFalse();
		assertThat(OldUrlRedirects.local("//evil.example/x")).isFalse();
		assertThat(OldUrlRedirects.local("/\\evil.example")).isFalse();
		assertThat(OldUrlRedirects.local("articles/12.html")).isFalse();
	}

}
