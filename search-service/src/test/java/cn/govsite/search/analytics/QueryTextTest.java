package cn.govsite.search.analytics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryTextTest {

	@Test
	void foldsWidthCaseAndSpaces() {
		assertThat(QueryText.normalise("  ＥＴＣ　办理  网点 ")).isEqualTo("etc 办理 网点");
	}

	@Test
	void masksIdentityAndPhoneNumbers() {
		assertThat(QueryText.normalise("身份证61030219900101123X进度")).isEqualTo("身份证#进度");
		assertThat(QueryText.normalise("13912345678 社保")).isEqualTo("# 社保");
		// Years and short numbers stay: they are what people look for.
		assertThat(QueryText.normalise("2026年 12345热线")).isEqualTo("2026年 12345热线");
	}

}
