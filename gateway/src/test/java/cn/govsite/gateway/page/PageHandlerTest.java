package cn.govsite.gateway.page;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageHandlerTest {

	@Test
	void matchesEntityTagsLikeBrowsersSendThem() {
		assertThat(PageHandler.matches("\"abc\"", "\"abc\"")).isTrue();
		assertThat(PageHandler.matches("W/\"abc\"", "\"abc\"")).isTrue();
		assertThat(PageHandler.matches("\"x\", \"abc\"", "\"abc\"")).isTrue();
		assertThat(PageHandler.matches("*", "\"abc\"")).isTrue();
		assertThat(PageHandler.matches("\"abd\"", "\"abc\"")).isFalse();
		assertThat(PageHandler.matches(null, "\"abc\"")).isFalse();
	}

}
