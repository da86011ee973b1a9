package cn.govsite.search.query;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {

	@Test
	void escapesMarkupAndKeepsChinese() {
		assertThat(HtmlText.escape("关于<script>alert('x' & \"y\")</script>"))
			.isEqualTo("关于&lt;script&gt;alert(&#x27;x&#x27; &amp; &quot;y&quot;)&lt;&#x2F;script&gt;");
		assertThat(HtmlText.escape(null)).isEmpty();
	}

}
