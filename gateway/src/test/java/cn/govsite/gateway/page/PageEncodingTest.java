package cn.govsite.gateway.page;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageEncodingTest {

	@Test
	void compressesTextPagesWorthIt() throws IOException {
		byte[] html = "<p>为做好有关工作，现将有关事项通知如下。</p>".repeat(100).getBytes(StandardCharsets.UTF_8);
		byte[] gzipped = PageEncoding.gzip(html, "text/html; charset=utf-8");
		assertThat(gzipped).isNotNull().hasSizeLessThan(html.length);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			assertThat(in.readAllBytes()).isEqualTo(html);
		}
	}

	@Test
	void leavesSmallBinaryAndIncompressiblePagesAlone() {
		assertThat(PageEncoding.gzip("<p>短</p>".getBytes(StandardCharsets.UTF_8), "text/html")).isNull();
		assertThat(PageEncoding.gzip(new byte[4096], "image/png")).isNull();
		byte[] random = new byte[4096];
		new java.util.Random(1).nextBytes(random);
		assertThat(PageEncoding.gzip(random, "text/plain")).isNull();
		assertThat(PageEncoding.gzip(new byte[4096], "application/json")).isNotNull();
	}

	@Test
	void readsAcceptEncodingWithWeights() {
		assertThat(PageEncoding.acceptsGzip("gzip, deflate, br")).isTrue();
		assertThat(PageEncoding.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
		assertThat(PageEncoding.acceptsGzip("x-gzip")).isTrue();
		assertThat(PageEncoding.acceptsGzip("*")).isTrue();
		assertThat(PageEncoding.acceptsGzip("gzip;q=0")).isFalse();
		assertThat(PageEncoding.acceptsGzip("gzip;q=0.0, *")).isFalse();
		assertThat(PageEncoding.acceptsGzip("*;q=0")).isFalse();
		assertThat(PageEncoding.acceptsGzip("identity")).isFalse();
		assertThat(PageEncoding.acceptsGzip("br, deflate")).isFalse();
		assertThat(PageEncoding.acceptsGzip("gzip;q=junk")).isFalse();
		assertThat(PageEncoding.acceptsGzip("")).isFalse();
		assertThat(PageEncoding.acceptsGzip(null)).isFalse();
	}

}
