package cn.govsite.asset.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextExtractorTest {

	private final TextExtractor extractor = new TextExtractor(10_000);

	@Test
	void readsWordExcelAndPdf() throws IOException {
		assertThat(read(Documents.docx("关于调整城乡居民基本养老保险缴费档次的通知", "自2027年1月1日起执行。"), null).text())
			.contains("城乡居民基本养老保险缴费档次")
			.contains("自2027年1月1日起执行");
		assertThat(read(Documents.xlsx(new String[] { "材料名称", "份数" }, new String[] { "居民身份证复印件", "1" }), null).text())
			.contains("居民身份证复印件");
		assertThat(
				read(Documents.pdf("Annual report on government information disclosure", "Weinan 2026"), null).text())
			.contains("Annual report on government information disclosure")
			.contains("Weinan 2026");
	}

	@Test
	void collapsesWhitespaceIncludingIdeographicSpaces() {
		assertThat(TextExtractor.collapse("  第一条\n\n\t　　为了规范  管理 ")).isEqualTo("第一条 为了规范 管理");
	}

	@Test
	void cutsALongDocumentAtTheLimitAndSaysSo() throws IOException {
		TextExtractor small = new TextExtractor(200);
		TextExtractor.ExtractedText text = small.extract(new ByteArrayInputStream(Documents.docx("政务公开".repeat(500))),
				null);
		assertThat(text.truncated()).isTrue();
		assertThat(text.text().length()).isLessThanOrEqualTo(200);
		assertThat(read(Documents.docx("短文"), null).truncated()).isFalse();
	}

	@Test
	void aDamagedDocumentIsAnExtractionFailure() {
		byte[] damaged = "%PDF-1.4\n1 0 obj<< /Type /Catalog /Pages 9 0 R >>\nstream garbage"
			.getBytes(StandardCharsets.US_ASCII);
		assertThatThrownBy(() -> this.extractor.extract(new ByteArrayInputStream(damaged), "application/pdf"))
			.isInstanceOf(TextExtractionException.class);
	}

	private TextExtractor.ExtractedText read(byte[] bytes, String type) throws IOException {
		return this.extractor.extract(new ByteArrayInputStream(bytes), type);
	}

}
