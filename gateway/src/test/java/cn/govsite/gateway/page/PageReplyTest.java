package cn.govsite.gateway.page;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

class PageReplyTest {

	private static final byte[] HTML = "<p>正文</p>".repeat(200).getBytes(StandardCharsets.UTF_8);

	private static final PageCache.Page PAGE = new PageCache.Page(HTML, "text/html;charset=utf-8", "\"abc\"",
			PageEncoding.gzip(HTML, "text/html"));

	@Test
	void matchesEntityTagsLikeBrowsersSendThem() {
		assertThat(PageReply.matches("\"abc\"", "\"abc\"")).isTrue();
		assertThat(PageReply.matches("W/\"abc\"", "\"abc\"")).isTrue();
		assertThat(PageReply.matches("\"x\", \"abc\"", "\"abc\"")).isTrue();
		assertThat(PageReply.matches("*", "\"abc\"")).isTrue();
		assertThat(PageReply.matches("\"abd\"", "\"abc\"")).isFalse();
		assertThat(PageReply.matches(null, "\"abc\"")).isFalse();
	}

	@Test
	void sendsThePlainPageToClientsWithoutGzip() {
		PageReply reply = PageReply.of(PAGE, null, null);
		HttpHeaders headers = new HttpHeaders();
		reply.writeHeaders(headers);
		assertThat(reply.status()).isEqualTo(HttpStatus.OK);
		assertThat(reply.body()).isSameAs(HTML);
		assertThat(headers.getETag()).isEqualTo("\"abc\"");
		assertThat(headers.getContentLength()).isEqualTo(HTML.length);
		assertThat(headers.getFirst(HttpHeaders.CONTENT_ENCODING)).isNull();
		assertThat(headers.getFirst(HttpHeaders.VARY)).isEqualTo("Accept-Encoding");
		assertThat(headers.getCacheControl()).isEqualTo("no-cache");
		assertThat(headers.getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo("text/html;charset=utf-8");
	}

	@Test
	void sendsTheCompressedCopyWithItsOwnTag() {
		PageReply reply = PageReply.of(PAGE, null, "gzip, br");
		HttpHeaders headers = new HttpHeaders();
		reply.writeHeaders(headers);
		assertThat(reply.body()).isSameAs(PAGE.gzipped());
		assertThat(headers.getETag()).isEqualTo("\"abc-gzip\"");
		assertThat(headers.getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(headers.getContentLength()).isEqualTo(PAGE.gzipped().length);
	}

	@Test
	void answers304ToTheTagOfTheChosenEncodingOnly() {
		PageReply plain = PageReply.of(PAGE, "\"abc\"", null);
		HttpHeaders headers = new HttpHeaders();
		plain.writeHeaders(headers);
		assertThat(plain.status()).isEqualTo(HttpStatus.NOT_MODIFIED);
		assertThat(plain.body()).isNull();
		assertThat(headers.getContentLength()).isEqualTo(-1);
		assertThat(headers.getETag()).isEqualTo("\"abc\"");
		assertThat(PageReply.of(PAGE, "\"abc-gzip\"", "gzip").status()).isEqualTo(HttpStatus.NOT_MODIFIED);
		assertThat(PageReply.of(PAGE, "\"abc\"", "gzip").status()).isEqualTo(HttpStatus.OK);
		assertThat(PageReply.of(PAGE, "\"abc-gzip\"", null).status()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void aPageWithoutCompressedCopyDoesNotVary() {
		PageCache.Page small = new PageCache.Page("<p>短</p>".getBytes(StandardCharsets.UTF_8), "text/html", "\"s\"",
				null);
		PageReply reply = PageReply.of(small, null, "gzip");
		HttpHeaders headers = new HttpHeaders();
		reply.writeHeaders(headers);
		assertThat(reply.gzip()).isFalse();
		assertThat(headers.getFirst(HttpHeaders.VARY)).isNull();
		assertThat(headers.getFirst(HttpHeaders.CONTENT_ENCODING)).isNull();
	}

}
