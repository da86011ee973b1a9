package cn.govsite.content.publishing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTest {

	@Test
	void paragraphsAreSeparatedByBlankLines() {
		assertThat(PlainText.paragraphs("一\r\n\r\n二\n行二\n \n\n\n三\n")).containsExactly("一", "二\n行二", "三");
	}

	@Test
	void fullWidthSpacesOnTheSeparatingLineCount() {
		assertThat(PlainText.paragraphs("一\n\u3000\n二")).containsExactly("一", "二");
	}

	@Test
	void theTextJoinsParagraphsWithOneBlankLine() {
		assertThat(PlainText.of("  一 \n\n\n\n二  ")).isEqualTo("一\n\n二");
		assertThat(PlainText.of("\n\n")).isEmpty();
	}

}
