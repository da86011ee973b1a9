package cn.govsite.asset.asset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

	@Test
	void onlyTheLastPathSegmentIsKept() {
		assertThat(FileNames.clean("C:\\Users\\张三\\报告.docx")).isEqualTo("报告.docx");
		assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
	}

	@Test
	void controlCharactersAndEmptyNamesAreCleaned() {
		assertThat(FileNames.clean("a\u0000b\r\nc.txt")).isEqualTo("abc.txt");
		assertThat(FileNames.clean(null)).isEqualTo(FileNames.FALLBACK);
		assertThat(FileNames.clean("dir/")).isEqualTo(FileNames.FALLBACK);
		assertThat(FileNames.clean("..")).isEqualTo(FileNames.FALLBACK);
	}

	@Test
	void longNamesAreCutAtWholeCharacters() {
		String name = "😀".repeat(300);
		String cleaned = FileNames.clean(name);
		assertThat(cleaned.codePointCount(0, cleaned.length())).isEqualTo(FileNames.MAX_LENGTH);
		assertThat(Character.isHighSurrogate(cleaned.charAt(cleaned.length() - 1))).isFalse();
	}

}
