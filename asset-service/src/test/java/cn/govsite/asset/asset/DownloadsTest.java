package cn.govsite.asset.asset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DownloadsTest {

	@Test
	void chineseNamesArePercentEncodedAsUtf8WithAnAsciiFallback() {
		assertThat(Downloads.contentDisposition("application/pdf", "报告 2026.pdf"))
			.isEqualTo("attachment; filename=\"__ 2026.pdf\"; filename*=UTF-8''%E6%8A%A5%E5%91%8A%202026.pdf");
	}

	@Test
	void quotesAndSeparatorsCannotBreakTheHeader() {
		assertThat(Downloads.contentDisposition("text/plain", "a\"b;c\\d.txt"))
			.isEqualTo("inline; filename=\"a_b;c_d.txt\"; filename*=UTF-8''a%22b%3Bc%5Cd.txt");
	}

	@Test
	void onlyPassiveTypesAreShownInline() {
		assertThat(Downloads.inline("image/png")).isTrue();
		assertThat(Downloads.inline("text/plain;charset=UTF-8")).isTrue();
		assertThat(Downloads.inline("text/html")).isFalse();
		assertThat(Downloads.inline("image/svg+xml")).isFalse();
		assertThat(Downloads.inline("application/pdf")).isFalse();
	}

	@Test
	void aMissingOrMalformedTypeBecomesBytes() {
		assertThat(Downloads.contentType(null)).isEqualTo("application/octet-stream");
		assertThat(Downloads.contentType("not a type")).isEqualTo("application/octet-stream");
		assertThat(Downloads.contentType("image/*")).isEqualTo("application/octet-stream");
		assertThat(Downloads.contentType("image/png")).isEqualTo("image/png");
	}

}
